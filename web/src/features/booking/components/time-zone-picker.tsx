import { TIME_ZONES } from '../../../lib/format';

export function TimeZonePicker({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  return (
    <div className="flex w-full flex-wrap items-center gap-2 text-sm sm:w-auto">
      <label htmlFor="time-zone" className="font-medium text-slate-700">Times shown in</label>
      <select
        id="time-zone"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="min-w-0 flex-1 rounded-lg border-0 bg-white py-1.5 pl-3 pr-8 sm:flex-none text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
      >
        {(TIME_ZONES.includes(value) ? TIME_ZONES : [value, ...TIME_ZONES]).map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}
