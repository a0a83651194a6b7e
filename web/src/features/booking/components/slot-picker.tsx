import { useMemo, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { useNextAvailable } from '../hooks/use-next-available';
import type { Slot } from '../hooks/use-live-slots';
import { addMonths, dayName, dayOf, monthName, monthOf, slotsByDay, type DayKey, type MonthKey } from '../utils/month-days';
import { DayTimes } from './day-times';
import { MonthGrid } from './month-grid';

/**
 * Step 1's picker: a month with the days that have free times marked, then the chosen day's times. Days are the
 * viewer's: a slot belongs to the local day it starts on in `timeZone`, whatever hour that is.
 */
export function SlotPicker(props: {
  month: MonthKey;
  onMonthChange: (month: MonthKey) => void;
  /** The end of the visible month as an instant (where the look-ahead for the next free day starts). */
  monthEnd: string;
  slots: readonly Slot[];
  loading: boolean;
  timeZone: string;
  /** The end of the booking window (bookingPolicy.maxDaysAhead from now). */
  bookableUntil: string | null;
  onPick: (slot: Slot) => void;
}) {
  const [chosenDay, setChosenDay] = useState<DayKey | null>(null);
  const today = dayOf(new Date(), props.timeZone);
  const byDay = useMemo(() => slotsByDay(props.slots, props.timeZone), [props.slots, props.timeZone]);
  const counts = useMemo(() => new Map([...byDay].map(([day, slots]) => [day, slots.length])), [byDay]);
  const firstDay = [...byDay.keys()].sort()[0] ?? null;
  // The day chosen in this month, else the month's first day with free times.
  const day = chosenDay && monthOf(chosenDay) === props.month ? chosenDay : firstDay;
  const daySlots = day ? (byDay.get(day) ?? []) : [];
  const laterInMonth = [...byDay.keys()].sort().find((candidate) => day !== null && candidate > day) ?? null;
  const lookAhead = !props.loading && daySlots.length === 0 && !laterInMonth;
  const nextAvailable = useNextAvailable(lookAhead ? props.monthEnd : null, props.bookableUntil);
  const nextDay = laterInMonth ?? (nextAvailable.state === 'found' ? dayOf(nextAvailable.startTime, props.timeZone) : null);
  const firstMonth = monthOf(today);
  const lastMonth = props.bookableUntil ? monthOf(dayOf(props.bookableUntil, props.timeZone)) : null;

  const showDay = (target: DayKey) => {
    props.onMonthChange(monthOf(target));
    setChosenDay(target);
  };
  const turn = (months: number) => {
    props.onMonthChange(addMonths(props.month, months));
    setChosenDay(null);
  };

  return (
    <div className="grid gap-6 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)] lg:gap-10">
      <div>
        <div className="mb-2 flex items-center justify-between gap-2">
          <Button variant="ghost" aria-label="Previous month" disabled={props.month <= firstMonth} onClick={() => turn(-1)}>
            <span aria-hidden>‹</span>
          </Button>
          <h2 className="text-base font-semibold text-slate-900" aria-live="polite">
            {monthName(props.month)}
          </h2>
          <Button variant="ghost" aria-label="Next month" disabled={lastMonth !== null && props.month >= lastMonth} onClick={() => turn(1)}>
            <span aria-hidden>›</span>
          </Button>
        </div>
        <MonthGrid
          month={props.month}
          label={`${monthName(props.month)}: days with free times`}
          counts={counts}
          selected={day}
          today={today}
          busy={props.loading}
          onSelect={(selected) => setChosenDay(selected)}
          onLeaveMonth={(target) => {
            if (monthOf(target) < firstMonth || (lastMonth !== null && monthOf(target) > lastMonth)) return;
            showDay(target);
            requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-day="${target}"]`)?.focus());
          }}
        />
        <p className="mt-2 flex items-center gap-2 text-xs text-slate-500">
          <span aria-hidden className="inline-block size-2 rounded-full bg-brand-600" /> Days with free times
        </p>
      </div>
      <div className="min-w-0">
        {props.loading && props.slots.length === 0 ? (
          <p role="status" className="text-sm text-slate-600">
            Loading free times…
          </p>
        ) : day ? (
          <DayTimes day={day} slots={daySlots} timeZone={props.timeZone} onPick={props.onPick} />
        ) : (
          <div>
            <h2 className="text-lg font-semibold text-slate-900">No free times in {monthName(props.month).split(' ')[0]}</h2>
            <p className="text-sm text-slate-600">Every time this month is taken or outside the consultant's hours.</p>
          </div>
        )}
        {!props.loading && daySlots.length === 0 ? (
          <div className="mt-4">
            {nextDay ? (
              <Button variant="secondary" onClick={() => showDay(nextDay)}>
                Next available: {dayName(nextDay)}
              </Button>
            ) : nextAvailable.state === 'searching' ? (
              <p className="text-sm text-slate-500">Looking for the next free day…</p>
            ) : nextAvailable.state === 'failed' ? (
              <p role="alert" className="text-sm text-red-700">
                The next free day could not be looked up. Check your connection, or turn the months with the arrows.
              </p>
            ) : nextAvailable.state === 'none' ? (
              <p className="text-sm text-slate-600">No free times are open for booking yet after this. Please check back later.</p>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
