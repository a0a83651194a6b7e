import { TimeZoneCombobox } from '../../../components/time-zone-combobox';
import { timeZoneLabel } from '../../../lib/format';

/**
 * The zone the booking calendar shows. `suggestion` (the browser's zone, when it differs from a signed-in
 * person's saved one) is offered with one click; it is never applied without asking.
 */
export function TimeZonePicker({ value, onChange, suggestion }: { value: string; onChange: (zone: string) => void; suggestion?: string | null }) {
  return (
    <div className="flex w-full flex-col gap-1 text-sm sm:w-auto sm:items-end">
      <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto">
        <label htmlFor="time-zone" className="font-medium text-slate-700">
          Times shown in
        </label>
        <TimeZoneCombobox id="time-zone" compact value={value} onChange={onChange} className="min-w-0 flex-1 sm:flex-none" />
      </div>
      {suggestion && suggestion !== value ? (
        <button type="button" onClick={() => onChange(suggestion)} className="text-xs font-medium text-brand-700 underline hover:text-brand-900">
          Use {timeZoneLabel(suggestion)}, this device's zone?
        </button>
      ) : null}
    </div>
  );
}
