import { render } from '@react-email/render';
import { formatInTimeZone } from 'date-fns-tz';
import { appointmentUid, buildIcs } from '../../shared/ics.js';
import { timeZoneCity, timeZoneLabel } from '../../shared/time-zone-label.js';
import { headerText } from './header-text.js';
import { AppointmentEmail, type AppointmentEmailKind } from './templates/appointment-email.js';

export interface EmailMessage {
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: string; contentType: string }[];
}

export interface AppointmentEmailInput {
  kind: AppointmentEmailKind;
  forProvider: boolean;
  recipient: { name: string; timezone: string };
  client: { name: string; email: string };
  /** name and email: the invitation's ORGANIZER. location: where the consultation takes place, if the profile says. */
  provider: { name: string; email: string; contact?: string | null; location?: string | null };
  appointment: { id: string; startTime: Date; endTime: Date; notes: string | null; cancelReason: string | null; revision: number };
  appUrl: string;
  /** The .ics DTSTAMP: when the e-mail was queued, so that rendering again gives the same bytes. */
  issuedAt: Date;
}

const SUBJECTS: Record<AppointmentEmailKind, string> = {
  BOOKING_CONFIRMED: 'Booked',
  APPOINTMENT_RESCHEDULED: 'Moved',
  APPOINTMENT_CANCELLED: 'Cancelled',
  REMINDER: 'Reminder',
};

/** Renders one appointment e-mail (HTML, plain text, .ics) in the recipient's time zone. */
export async function renderAppointmentEmail(input: AppointmentEmailInput): Promise<EmailMessage> {
  const { appointment, recipient } = input;
  const date = formatInTimeZone(appointment.startTime, recipient.timezone, 'EEEE d MMMM yyyy');
  const time = `${formatInTimeZone(appointment.startTime, recipient.timezone, 'HH:mm')}–${formatInTimeZone(appointment.endTime, recipient.timezone, 'HH:mm')}`;
  const element = (
    <AppointmentEmail
      kind={input.kind}
      forProvider={input.forProvider}
      recipientName={recipient.name}
      clientName={input.client.name}
      clientEmail={input.client.email}
      providerName={input.provider.name}
      providerContact={input.provider.contact ?? null}
      location={input.provider.location ?? null}
      date={date}
      time={time}
      zoneLabel={timeZoneLabel(recipient.timezone, appointment.startTime)}
      notes={appointment.notes}
      cancelReason={appointment.cancelReason}
      manageUrl={manageUrl(input)}
    />
  );
  const who = input.forProvider ? input.client.name : input.provider.name;
  const cancelled = input.kind === 'APPOINTMENT_CANCELLED';
  // An iTIP invitation (RFC 5546): the provider organizes, the client attends; the provider's copy is the same
  // message, so both calendars hold one event under one UID. The revision, bumped in the transaction of every
  // move and cancellation, is the SEQUENCE: each e-mail's version supersedes the one before.
  const ics = buildIcs(
    {
      uid: appointmentUid(appointment.id),
      start: appointment.startTime,
      end: appointment.endTime,
      title: 'Consultation Session',
      description: appointment.notes,
      location: input.provider.location,
      organizer: { name: input.provider.name, email: input.provider.email },
      attendee: input.client,
      method: cancelled ? 'CANCEL' : 'REQUEST',
      sequence: appointment.revision,
      alarmMinutes: 15,
    },
    input.issuedAt,
  );
  return {
    subject: headerText(
      `${SUBJECTS[input.kind]}: consultation with ${headerText(who)}, ${date} at ${time.slice(0, 5)} ${timeZoneCity(recipient.timezone)} time`,
    ),
    html: await render(element),
    text: await render(element, { plainText: true }),
    attachments: input.kind === 'REMINDER' ? [] : [icsAttachment(input.kind, ics)],
  };
}

/** The calendar attachment of an e-mail of this kind. */
export function icsAttachment(kind: AppointmentEmailKind, ics: string): EmailMessage['attachments'][number] {
  const method = kind === 'APPOINTMENT_CANCELLED' ? 'CANCEL' : 'REQUEST';
  return { filename: 'consultation.ics', content: ics, contentType: `text/calendar; charset=utf-8; method=${method}` };
}

function manageUrl(input: AppointmentEmailInput): string {
  if (input.forProvider) return `${input.appUrl}/admin`;
  return input.kind === 'APPOINTMENT_CANCELLED' ? `${input.appUrl}/` : `${input.appUrl}/appointments/${input.appointment.id}`;
}
