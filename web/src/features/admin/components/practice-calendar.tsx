import FullCalendar from '@fullcalendar/react';
import listPlugin from '@fullcalendar/react/list';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import breezyTheme from '@fullcalendar/react/themes/breezy';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/breezy/theme.css';
import '@fullcalendar/react/themes/breezy/palettes/indigo.css';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useToast } from '../../../components/ui/toast';
import { formatRange, spokenSlot, wallClock } from '../../../lib/format';
import { useMediaQuery } from '../../../lib/use-media-query';
import { visibleHours } from '../utils/visible-hours';
import { BookedSlotDialog, type BookedSlot } from './booked-slot-dialog';

const ProviderSlotsQuery = graphql(`
  query ProviderSlots($from: DateTime!, $to: DateTime!) {
    providerProfile {
      timezone
    }
    providerSlots(from: $from, to: $to) {
      id
      startTime
      endTime
      isBlocked
      isBusyInCalendar
      appointment {
        id
        status
        notes
        user {
          id
          name
          email
        }
      }
    }
  }
`);

const BlockSlotMutation = graphql(`
  mutation BlockSlot($slotId: ID!, $blocked: Boolean!) {
    setSlotBlocked(input: { slotId: $slotId, blocked: $blocked }) {
      __typename
    }
  }
`);

const DAY_MS = 86_400_000;
/** 24-hour times everywhere, as in the rest of the practice. */
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

/** What the element of a slot's event tells assistive technology and the pointer. */
interface SlotLabels {
  label: string;
  tooltip: string;
}

/**
 * Every slot of the week: booked ones with the client's name, free ones that a click
 * blocks, blocked ones that a click frees. Drawn in the provider's zone.
 */
export function PracticeCalendar() {
  const toast = useToast();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [{ data }] = useQuery({ query: ProviderSlotsQuery, variables: range ?? { from: '', to: '' }, pause: !range, requestPolicy: 'cache-and-network' });
  const [, block] = useMutation(BlockSlotMutation);
  const [opened, setOpened] = useState<BookedSlot | null>(null);
  const phone = useMediaQuery('(max-width: 639px)');
  const zone = data?.providerProfile.timezone ?? 'Europe/Luxembourg';
  const slots = useMemo(() => new Map((data?.providerSlots ?? []).map((slot) => [slot.id, slot])), [data]);
  // FullCalendar keeps the first handlers it was given: clicks and keys, which come after a commit, read the
  // latest slots from here.
  const latest = useRef(slots);
  useEffect(() => {
    latest.current = slots;
  }, [slots]);
  const events = [...slots.values()].map((slot) => {
    const state = slot.appointment ? 'booked' : slot.isBlocked ? 'blocked' : slot.isBusyInCalendar ? 'busy' : 'free';
    const title = slot.appointment ? slot.appointment.user.name : state === 'free' ? 'Free' : state === 'busy' ? 'Busy (Google)' : 'Blocked';
    const what = slot.appointment
      ? `Booked by ${slot.appointment.user.name}; activate for details`
      : slot.isBlocked
        ? 'Blocked; activate to free it'
        : 'Free; activate to block it';
    const labels: SlotLabels = {
      label: `${what}: ${spokenSlot(slot.startTime, slot.endTime, zone)}`,
      tooltip: `${formatRange(slot.startTime, slot.endTime, zone)} ${title}`,
    };
    return {
      // The state is part of the id, so that a changed slot is drawn (and labelled) afresh.
      id: `${slot.id}:${state}`,
      start: wallClock(slot.startTime, zone),
      end: wallClock(slot.endTime, zone),
      title,
      className: `practice-${state}`,
      // What the event's element says, worked out here from its slot: the element is mounted before any effect
      // of this render could hand the handlers these slots.
      extendedProps: labels,
    };
  });
  const hours = visibleHours([...slots.values()], zone);
  const toggle = async (id: string) => {
    const slot = latest.current.get(id);
    if (!slot) return;
    if (slot.appointment) return setOpened({ ...slot, appointment: slot.appointment });
    await block({ slotId: id, blocked: !slot.isBlocked });
    toast(slot.isBlocked ? 'The slot is bookable again.' : 'The slot is blocked.', 'info');
  };
  return (
    // The theme's faint grey (the list's dates) is below AA contrast on white: slate-600 instead.
    <div
      className="slotline-calendar rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
      style={{ '--fc-breezy-faint-foreground': 'var(--color-slate-600)' } as CSSProperties}
    >
      <p className="mb-3 text-sm text-slate-600">
        Click a free slot to block it, a blocked one to free it, a booked one for its details. Times in {zone.replaceAll('_', ' ')}.
      </p>
      <FullCalendar
        plugins={[timeGridPlugin, listPlugin, breezyTheme]}
        timeZone="UTC"
        // On a phone seven columns are unreadable: a list of the week instead.
        key={phone ? 'phone' : 'wide'}
        initialView={phone ? 'listWeek' : 'timeGridWeek'}
        headerToolbar={
          phone ? { start: 'prev,next', center: 'title', end: 'today' } : { start: 'prev,next today', center: 'title', end: 'timeGridWeek,listWeek' }
        }
        firstDay={1}
        allDaySlot={false}
        slotMinTime={hours.min}
        slotMaxTime={hours.max}
        slotHeaderFormat={TIME_FORMAT}
        eventTimeFormat={TIME_FORMAT}
        // The phone's list has room for the start only ("10:00 – …" otherwise); each slot's name says the full range.
        displayEventEnd={!phone}
        height="auto"
        nowIndicator={false}
        events={events}
        datesSet={(info) => setRange({ from: new Date(info.start.getTime() - DAY_MS).toISOString(), to: new Date(info.end.getTime() + DAY_MS).toISOString() })}
        eventClick={(info) => {
          info.jsEvent.preventDefault();
          void toggle(info.event.id.split(':')[0]!);
        }}
        eventDidMount={(info) => {
          const id = info.event.id.split(':')[0]!;
          const { label, tooltip } = info.event.extendedProps as SlotLabels;
          const element = info.el;
          element.setAttribute('role', 'button');
          element.setAttribute('tabindex', '0');
          element.setAttribute('aria-label', label);
          element.title = tooltip;
          element.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              void toggle(id);
            }
          });
        }}
      />
      <BookedSlotDialog slot={opened} zone={zone} onClose={() => setOpened(null)} />
    </div>
  );
}
