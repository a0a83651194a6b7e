import { formatRange, slotButtonLabel, timeZoneLabel } from '../../../lib/format';
import type { Slot } from '../hooks/use-live-slots';
import { dayName, type DayKey } from '../utils/month-days';

/** The chosen day's free times as buttons, in the viewer's zone. */
export function DayTimes(props: { day: DayKey; slots: readonly Slot[]; timeZone: string; onPick: (slot: Slot) => void }) {
  const zone = timeZoneLabel(props.timeZone, props.slots[0] ? new Date(props.slots[0].startTime) : new Date(`${props.day}T12:00:00Z`));
  return (
    <section aria-labelledby="day-times-heading">
      <h2 id="day-times-heading" className="text-lg font-semibold text-slate-900">
        {dayName(props.day)}
      </h2>
      <p className="text-sm text-slate-600">
        {props.slots.length === 0 ? 'No free times left on this day.' : `${props.slots.length} free time${props.slots.length === 1 ? '' : 's'}, ${zone}`}
      </p>
      {props.slots.length > 0 ? (
        <ul className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-4" aria-label={`Free times on ${dayName(props.day)}`}>
          {props.slots.map((slot) => (
            <li key={slot.id}>
              <button
                type="button"
                data-slot={slot.id}
                aria-label={slotButtonLabel(slot.startTime, slot.endTime, props.timeZone)}
                onClick={() => props.onPick(slot)}
                className="w-full rounded-lg bg-white whitespace-nowrap px-2 py-2.5 text-sm font-semibold tabular-nums text-brand-800 ring-1 ring-inset ring-brand-300 transition hover:bg-brand-50 hover:ring-brand-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
              >
                {formatRange(slot.startTime, slot.endTime, props.timeZone)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
