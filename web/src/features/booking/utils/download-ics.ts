import { appointmentUid, buildIcs, type CalendarParty } from '@shared/ics';

export interface BookedAppointment {
  id: string;
  startTime: string;
  endTime: string;
  notes?: string | null;
  calendarSequence: number;
  calendarOrganizer: CalendarParty;
}

/**
 * The client's own copy of the appointment, to import into any calendar program. It is a PUBLISH (RFC 5546
 * 3.2.1: "a posting of an iCalendar object that may be added to a calendar", no reply expected), not a REQUEST:
 * the invitation that asks for a place in the client's calendar came by e-mail from the organizer, and a
 * REQUEST opened from a file would offer to accept or decline and mail the provider an answer. PUBLISH MUST
 * name the ORGANIZER and MUST NOT list attendees, so the file has no ATTENDEE. It carries the invitation's
 * UID and the appointment's current SEQUENCE, so a calendar that holds an earlier version updates that event
 * instead of adding a second one.
 */
export function bookedIcs(appointment: BookedAppointment, location: string | null, now = new Date()): string {
  return buildIcs(
    {
      method: 'PUBLISH',
      uid: appointmentUid(appointment.id),
      sequence: appointment.calendarSequence,
      start: new Date(appointment.startTime),
      end: new Date(appointment.endTime),
      title: 'Consultation Session',
      description: appointment.notes ?? null,
      location,
      organizer: appointment.calendarOrganizer,
      alarmMinutes: 15,
    },
    now,
  );
}

export function downloadIcs(appointment: BookedAppointment, location: string | null): void {
  const ics = bookedIcs(appointment, location);
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'consultation.ics' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
