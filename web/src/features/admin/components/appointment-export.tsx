import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { useFieldErrors } from '../../../lib/field-errors';
import { dateInputInDays } from '../../../lib/format';
import { session } from '../../../lib/session';

async function download(format: 'csv' | 'pdf', from: string, to: string): Promise<string | null> {
  const response = await fetch(`/exports/appointments.${format}?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${await session.freshToken()}` } });
  if (!response.ok) return ((await response.json()) as { error?: { message?: string } }).error?.message ?? 'The export failed.';
  const url = URL.createObjectURL(await response.blob());
  Object.assign(document.createElement('a'), { href: url, download: `appointments-${from}-to-${to}.${format}` }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return null;
}

/** All appointments of a period as CSV or PDF. */
export function AppointmentExport() {
  const [from, setFrom] = useState(() => dateInputInDays(0));
  const [to, setTo] = useState(() => dateInputInDays(30));
  const { error, edited, setErrors } = useFieldErrors<'from' | 'to'>();
  const [status, setStatus] = useState('');
  const exportAs = async (format: 'csv' | 'pdf') => {
    setStatus('');
    if (!from || !to) return setErrors({ ...(from ? {} : { from: 'Required' }), ...(to ? {} : { to: 'Required' }) });
    // A network failure, or an error answer that is not JSON, says no more than this.
    const problem = await download(format, from, to).catch(() => 'The export failed.');
    // The server's refusals are about the period (backwards, too long): said under its end.
    if (problem) setErrors({ to: problem });
    else setStatus(`Appointments from ${from} to ${to} downloaded as ${format.toUpperCase()}.`);
  };
  return (
    <section aria-labelledby="export-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="export-heading" className="font-semibold">
        Export appointments
      </h2>
      <p className="mt-1 text-sm text-slate-600">All appointments starting in the period, in your time zone.</p>
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <Field label="From" error={error('from')}>
          <Input
            type="date"
            value={from}
            onChange={(event) => {
              setFrom(event.target.value);
              edited('from');
              edited('to');
            }}
          />
        </Field>
        <Field label="To" error={error('to')}>
          <Input
            type="date"
            value={to}
            onChange={(event) => {
              setTo(event.target.value);
              edited('to');
            }}
          />
        </Field>
      </div>
      <div className="mt-2 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => void exportAs('csv')}>
          Download CSV
        </Button>
        <Button variant="secondary" onClick={() => void exportAs('pdf')}>
          Download PDF
        </Button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
        {status}
      </p>
    </section>
  );
}
