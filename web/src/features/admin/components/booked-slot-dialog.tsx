import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { formatDate, formatRange } from '../../../lib/format';
import { STATUS_LABELS } from './admin-appointment-row';

export interface BookedSlot {
  startTime: string;
  endTime: string;
  appointment: { id: string; status: string; notes?: string | null; user: { name: string; email: string } };
}

/** Who booked a slot of the practice calendar, and the way to the appointment. */
export function BookedSlotDialog(props: { slot: BookedSlot | null; zone: string; onClose: () => void }) {
  const { slot, zone } = props;
  return (
    <Dialog
      open={slot !== null}
      onClose={props.onClose}
      title={slot ? `Booked by ${slot.appointment.user.name || slot.appointment.user.email}` : 'Booked slot'}
    >
      {slot ? (
        <div className="space-y-3 text-sm">
          <p className="font-medium text-slate-900">
            {formatDate(slot.startTime, zone)}, {formatRange(slot.startTime, slot.endTime, zone)}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-slate-500">Client</dt>
            <dd>
              {slot.appointment.user.name} · <a href={`mailto:${slot.appointment.user.email}`}>{slot.appointment.user.email}</a>
            </dd>
            <dt className="text-slate-500">Status</dt>
            <dd>{STATUS_LABELS[slot.appointment.status] ?? slot.appointment.status}</dd>
            <dt className="text-slate-500">Notes</dt>
            <dd className="whitespace-pre-wrap break-words">{slot.appointment.notes || '—'}</dd>
          </dl>
          <div className="flex flex-wrap items-center justify-between gap-3 pt-2">
            <Link to={`/appointments/${slot.appointment.id}`} className="font-semibold text-brand-700 hover:underline">
              Open the appointment
            </Link>
            <Button variant="secondary" onClick={props.onClose}>
              Close
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
