import { Select } from '../../../components/ui/select';
import { TIME_ZONES } from '../../../lib/format';

export function TimeZonePicker({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  return (
    <div className="flex w-full flex-wrap items-center gap-2 text-sm sm:w-auto">
      <label htmlFor="time-zone" className="font-medium text-slate-700">
        Times shown in
      </label>
      <Select id="time-zone" compact value={value} onChange={(event) => onChange(event.target.value)} className="min-w-0 flex-1 pl-3 sm:flex-none">
        {(TIME_ZONES.includes(value) ? TIME_ZONES : [value, ...TIME_ZONES]).map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </Select>
    </div>
  );
}
