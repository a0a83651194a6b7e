import { useState } from 'react';
import { formatDate, formatRange } from '../../../lib/format';
import { OutcomeActions } from './outcome-actions';

interface PastAppointment {
  id: string;
  startTime: string;
  endTime: string;
  user: { name: string; email: string };
}

/**
 * Recent appointments whose outcome the provider has not recorded. Rows stay while the page is
 * open, even once recorded (the list behind them no longer has them), so a mark can be changed.
 */
export function NeedsOutcome(props: { appointments: readonly PastAppointment[]; zone: string; days: number }) {
  const [rows, setRows] = useState(props.appointments);
  const [seen, setSeen] = useState(props.appointments);
  if (seen !== props.appointments) {
    setSeen(props.appointments);
    const known = new Set(rows.map((row) => row.id));
    setRows([...rows, ...props.appointments.filter((row) => !known.has(row.id))]);
  }
  return (
    <section aria-labelledby="outcome-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="outcome-heading" className="font-semibold">
        Needs an outcome
      </h2>
      <p className="mt-1 text-sm text-slate-600">Appointments of the past {props.days} days: record whether each took place.</p>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">Nothing to record.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {rows.map((appointment) => {
            const when = `${formatDate(appointment.startTime, props.zone, { year: undefined })}, ${formatRange(appointment.startTime, appointment.endTime, props.zone)}`;
            return (
              <li key={appointment.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5 text-sm">
                <div>
                  <p className="font-medium text-slate-900">{when}</p>
                  <p className="text-slate-600">{appointment.user.name || appointment.user.email}</p>
                </div>
                <OutcomeActions appointmentId={appointment.id} label={`${appointment.user.name}, ${when}`} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
