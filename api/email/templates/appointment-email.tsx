import { Button, Heading, Section, Text } from '@react-email/components';
import { EmailLayout } from './email-layout.js';

export type AppointmentEmailKind = 'BOOKING_CONFIRMED' | 'APPOINTMENT_RESCHEDULED' | 'APPOINTMENT_CANCELLED' | 'REMINDER';

export interface AppointmentEmailProps {
  kind: AppointmentEmailKind;
  forProvider: boolean;
  recipientName: string;
  clientName: string;
  clientEmail: string;
  providerName: string;
  providerContact: string | null;
  /** Where the consultation takes place, when the provider's profile says. */
  location: string | null;
  /** Already formatted in the recipient's time zone. */
  date: string;
  time: string;
  /** That zone as people read it: "New York time (GMT-5)". */
  zoneLabel: string;
  notes: string | null;
  cancelReason: string | null;
  manageUrl: string;
}

const COPY: Record<AppointmentEmailKind, { client: string; provider: string; heading: string }> = {
  BOOKING_CONFIRMED: {
    heading: 'Your consultation is booked',
    client: 'Your consultation is confirmed. The invitation is attached, so you can add it to your calendar.',
    provider: 'A client booked a consultation.',
  },
  APPOINTMENT_RESCHEDULED: {
    heading: 'Your consultation has moved',
    client: 'Your consultation now takes place at the time below. The updated invitation is attached.',
    provider: 'A consultation was moved to a new time.',
  },
  APPOINTMENT_CANCELLED: {
    heading: 'Your consultation is cancelled',
    client: 'This consultation has been cancelled. You are welcome to book another time.',
    provider: 'A consultation was cancelled.',
  },
  REMINDER: {
    heading: 'Your consultation is tomorrow',
    client: 'A reminder that your consultation is coming up in 24 hours.',
    provider: 'Reminder: you have a consultation in 24 hours.',
  },
};

const label = { color: '#6b7280', fontSize: '12px', margin: '0 0 2px', textTransform: 'uppercase' as const, letterSpacing: '0.04em' };
const value = { color: '#111827', fontSize: '16px', margin: '0 0 14px' };
const details = { backgroundColor: '#f9fafb', border: '1px solid #e5e7eb', borderRadius: '10px', padding: '18px 20px', margin: '20px 0' };

export function AppointmentEmail(props: AppointmentEmailProps) {
  const copy = COPY[props.kind];
  const heading = props.forProvider ? copy.heading.replace('Your consultation', `Consultation with ${props.clientName}`) : copy.heading;
  const cancelled = props.kind === 'APPOINTMENT_CANCELLED';
  return (
    <EmailLayout
      preview={`${heading}: ${props.date}, ${props.time} ${props.zoneLabel}`}
      footerNote={
        props.forProvider
          ? 'You receive a copy of every e-mail Slotline sends to your clients.'
          : `You receive this e-mail because you booked a consultation with ${props.providerName} on Slotline.${props.providerContact ? ` Questions? ${props.providerContact}` : ''}`
      }
    >
      <Heading as="h1" style={{ color: '#111827', fontSize: '24px', margin: '12px 0' }}>
        {heading}
      </Heading>
      <Text style={{ color: '#374151', fontSize: '16px', lineHeight: '24px', margin: '0' }}>Hello {props.recipientName},</Text>
      <Text style={{ color: '#374151', fontSize: '16px', lineHeight: '24px' }}>{props.forProvider ? copy.provider : copy.client}</Text>
      <Section style={details}>
        <Text style={label}>Date</Text>
        <Text style={{ ...value, textDecoration: cancelled ? 'line-through' : 'none' }}>{props.date}</Text>
        <Text style={label}>Time</Text>
        <Text style={{ ...value, textDecoration: cancelled ? 'line-through' : 'none' }}>
          {props.time} {props.zoneLabel}
        </Text>
        <Text style={label}>{props.forProvider ? 'Client' : 'With'}</Text>
        <Text style={value}>{props.forProvider ? `${props.clientName} <${props.clientEmail}>` : props.providerName}</Text>
        {props.location ? (
          <>
            <Text style={label}>Where</Text>
            <Text style={value}>{props.location}</Text>
          </>
        ) : null}
        {props.notes ? (
          <>
            <Text style={label}>Notes</Text>
            <Text style={{ ...value, whiteSpace: 'pre-wrap' }}>{props.notes}</Text>
          </>
        ) : null}
        {cancelled && props.cancelReason ? (
          <>
            <Text style={label}>Reason</Text>
            <Text style={value}>{props.cancelReason}</Text>
          </>
        ) : null}
      </Section>
      <Button
        href={props.manageUrl}
        style={{ backgroundColor: '#4338ca', borderRadius: '8px', color: '#ffffff', fontSize: '15px', fontWeight: 600, padding: '12px 20px' }}
      >
        {cancelled ? 'Book another time' : 'View or change the appointment'}
      </Button>
    </EmailLayout>
  );
}
