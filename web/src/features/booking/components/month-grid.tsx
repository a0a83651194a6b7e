import { useRef, type KeyboardEvent } from 'react';
import { addDays, dayName, monthOf, monthWeeks, type DayKey, type MonthKey } from '../utils/month-days';

const WEEKDAYS = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
] as const;

const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

export function dayButtonLabel(day: DayKey, count: number): string {
  const times = count === 0 ? 'no times available' : `${count} time${count === 1 ? '' : 's'} available`;
  return `${dayName(day)}, ${times}`;
}

/**
 * A month as an ARIA grid of day buttons (one tab stop; arrows, Home/End and Page Up/Down move). Days
 * without free times stay focusable but disabled, so the arrows never skip over them silently.
 */
export function MonthGrid(props: {
  month: MonthKey;
  label: string;
  counts: ReadonlyMap<DayKey, number>;
  selected: DayKey | null;
  today: DayKey;
  busy: boolean;
  onSelect: (day: DayKey) => void;
  /** Keyboard moves past the month's edge: the picker turns the page and focuses `day`. */
  onLeaveMonth: (day: DayKey) => void;
}) {
  const grid = useRef<HTMLTableElement>(null);
  const weeks = monthWeeks(props.month);
  const days = weeks.flat().filter((day): day is DayKey => day !== null);
  const focusable =
    props.selected && monthOf(props.selected) === props.month ? props.selected : (days.find((day) => (props.counts.get(day) ?? 0) > 0) ?? days[0]);

  const move = (event: KeyboardEvent<HTMLButtonElement>, day: DayKey) => {
    let target: DayKey | null = null;
    if (event.key in KEY_STEPS) target = addDays(day, KEY_STEPS[event.key]!);
    else if (event.key === 'Home') target = addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
    else if (event.key === 'End') target = addDays(day, 6 - ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
    else if (event.key === 'PageUp' || event.key === 'PageDown') {
      const sign = event.key === 'PageUp' ? -1 : 1;
      const moved = new Date(`${day}T00:00:00Z`);
      moved.setUTCMonth(moved.getUTCMonth() + sign);
      target = moved.toISOString().slice(0, 10);
    }
    if (!target) return;
    event.preventDefault();
    if (monthOf(target) !== props.month) {
      props.onLeaveMonth(target);
      return;
    }
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${target}"]`)?.focus();
  };

  return (
    <table ref={grid} role="grid" aria-label={props.label} aria-busy={props.busy} className="w-full table-fixed border-separate border-spacing-1">
      <thead>
        <tr>
          {WEEKDAYS.map(([short, long]) => (
            <th key={short} scope="col" abbr={long} className="pb-1 text-center text-xs font-medium text-slate-500">
              {short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.find(Boolean)}>
            {week.map((day, index) => {
              if (!day) return <td key={`blank-${index}`} />;
              const count = props.counts.get(day) ?? 0;
              const selected = day === props.selected;
              const past = day < props.today;
              return (
                <td key={day} aria-selected={selected}>
                  <button
                    type="button"
                    data-day={day}
                    tabIndex={day === focusable ? 0 : -1}
                    aria-disabled={count === 0}
                    aria-label={dayButtonLabel(day, count)}
                    aria-current={day === props.today ? 'date' : undefined}
                    onClick={() => count > 0 && props.onSelect(day)}
                    onKeyDown={(event) => move(event, day)}
                    className={[
                      'relative flex h-11 w-full flex-col items-center justify-center rounded-lg text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-700',
                      selected
                        ? 'bg-brand-700 font-semibold text-white'
                        : count > 0
                          ? 'bg-brand-50 font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-100'
                          : `cursor-default ${past ? 'text-slate-300' : 'text-slate-400'}`,
                      day === props.today && !selected ? 'underline decoration-2 underline-offset-4' : '',
                    ].join(' ')}
                  >
                    <span aria-hidden>{Number(day.slice(8))}</span>
                    {count > 0 ? <span aria-hidden className={`mt-0.5 size-1.5 rounded-full ${selected ? 'bg-white' : 'bg-brand-600'}`} /> : null}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
