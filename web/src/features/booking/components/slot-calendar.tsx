import FullCalendar from '@fullcalendar/react';
import listPlugin from '@fullcalendar/react/list';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import breezyTheme from '@fullcalendar/react/themes/breezy';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/breezy/theme.css';
import '@fullcalendar/react/themes/breezy/palettes/indigo.css';
import { useEffect, useMemo, useRef } from 'react';
import { formatRange, slotButtonLabel, wallClock } from '../../../lib/format';
import type { Slot } from '../hooks/use-live-slots';

const DAY_MS = 86_400_000;

/**
 * Free slots on a week/day grid (a list on phones). The calendar is drawn in "UTC" with
 * wall-clock times of the chosen zone, so it shows that zone whatever the browser's is.
 */
export function SlotCalendar(props: {
  slots: Slot[];
  timeZone: string;
  compact: boolean;
  onPick: (slot: Slot) => void;
  onRangeChange: (range: { from: string; to: string }) => void;
}) {
  const byId = useMemo(() => new Map(props.slots.map((slot) => [slot.id, slot])), [props.slots]);
  const events = useMemo(
    () =>
      props.slots.map((slot) => ({
        id: slot.id,
        title: 'Available',
        start: wallClock(slot.startTime, props.timeZone),
        end: wallClock(slot.endTime, props.timeZone),
      })),
    [props.slots, props.timeZone],
  );
  // FullCalendar keeps an event's element when only its times change, so a label set when it mounted would
  // still name the zone shown before: every label follows the zone after each change.
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const element of container.current?.querySelectorAll<HTMLElement>('[data-slot]') ?? []) {
      const slot = byId.get(element.dataset.slot ?? '');
      if (slot) element.setAttribute('aria-label', slotButtonLabel(slot.startTime, slot.endTime, props.timeZone));
    }
  });
  return (
    <div ref={container} className="slotline-calendar rounded-2xl bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <FullCalendar
        key={props.compact ? 'list' : 'grid'}
        plugins={[timeGridPlugin, listPlugin, breezyTheme]}
        timeZone="UTC"
        initialView={props.compact ? 'listWeek' : 'timeGridWeek'}
        headerToolbar={
          props.compact ? { start: 'title', end: 'prev,next' } : { start: 'prev,next today', center: 'title', end: 'timeGridWeek,timeGridDay,listWeek' }
        }
        firstDay={1}
        allDaySlot={false}
        slotMinTime="07:00:00"
        slotMaxTime="20:00:00"
        slotDuration="00:30:00"
        height="auto"
        nowIndicator={false}
        noEventsText="No free times this week. Try the next one."
        eventContent={(info) => {
          const slot = byId.get(info.event.id);
          return <span className="px-1 text-xs font-medium">{slot ? formatRange(slot.startTime, slot.endTime, props.timeZone) : ''}</span>;
        }}
        events={events}
        datesSet={(info) =>
          props.onRangeChange({
            // A day of margin on each side covers any offset between the zone and UTC.
            from: new Date(Math.max(info.start.getTime() - DAY_MS, Date.now())).toISOString(),
            to: new Date(info.end.getTime() + DAY_MS).toISOString(),
          })
        }
        eventClick={(info) => {
          info.jsEvent.preventDefault();
          const slot = byId.get(info.event.id);
          if (slot) props.onPick(slot);
        }}
        eventDidMount={(info) => {
          const slot = byId.get(info.event.id);
          const element = info.el;
          element.setAttribute('role', 'button');
          element.setAttribute('tabindex', '0');
          element.dataset.slot = info.event.id;
          if (slot) element.setAttribute('aria-label', slotButtonLabel(slot.startTime, slot.endTime, props.timeZone));
          element.addEventListener('keydown', (event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            const current = byId.get(info.event.id);
            if (current) props.onPick(current);
          });
        }}
      />
    </div>
  );
}
