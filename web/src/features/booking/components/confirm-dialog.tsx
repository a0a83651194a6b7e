import { useState } from 'react';
import { ContactLink } from '../../../components/contact-link';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Textarea } from '../../../components/ui/textarea';
import { formatDate, formatRange, spokenSlot, timeZoneLabel } from '../../../lib/format';
import { nearestSlots } from '../utils/nearest-slots';
import { withinNoticePeriod } from '../utils/notice-period';
import { readNotesDraft, saveNotesDraft } from '../utils/notes-draft';
import type { Slot } from '../hooks/use-live-slots';
import { NoticeWarning } from './notice-warning';

const MAX_NOTES = 2000;

/** Step 2: confirm the chosen time, with optional notes. */
export function ConfirmDialog(props: {
  slot: Slot | null;
  timeZone: string;
  rescheduling: boolean;
  taken: boolean;
  freeSlots: Slot[];
  busy: boolean;
  serverError: string | null;
  policy: { cancellationNoticeHours: number; contactEmail: string | null; providerName: string } | null;
  onChoose: (slot: Slot) => void;
  onConfirm: (notes: string) => void;
  onClose: () => void;
}) {
  // The draft outlives this dialog: it survives signing in and choosing another time (see notes-draft.ts).
  const [notes, setNotes] = useState(readNotesDraft);
  const slot = props.slot;
  const tooLong = notes.length > MAX_NOTES;
  const alternatives = slot && props.taken ? nearestSlots(props.freeSlots, slot.startTime) : [];
  const noticeHours = props.policy?.cancellationNoticeHours ?? null;
  const withinNotice = slot !== null && noticeHours !== null && withinNoticePeriod(slot.startTime, noticeHours);
  return (
    <Dialog
      open={slot !== null}
      // A booking in flight cannot be called back: the dialog stays until its answer, rather than close and book anyway.
      onClose={() => !props.busy && props.onClose()}
      dismissible={!props.busy}
      title={props.rescheduling ? 'Move your consultation here?' : 'Confirm your consultation'}
      description={slot ? spokenSlot(slot.startTime, slot.endTime, props.timeZone) : undefined}
    >
      {slot ? (
        <div className="space-y-4">
          <div className="rounded-xl bg-brand-50 px-4 py-3 ring-1 ring-brand-100">
            <p className="text-sm font-medium text-brand-800">{formatDate(slot.startTime, props.timeZone)}</p>
            <p className="text-xl font-semibold text-slate-900">
              {formatRange(slot.startTime, slot.endTime, props.timeZone)}
              <span className="ml-2 text-sm font-normal text-slate-600">{timeZoneLabel(props.timeZone, new Date(slot.startTime))}</span>
            </p>
          </div>
          {props.taken ? (
            <div role="alert" className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
              <p className="font-medium">Someone else just booked this time.</p>
              {alternatives.length > 0 ? (
                <>
                  <p className="mt-1">The nearest free times:</p>
                  <div className="mt-2 flex flex-wrap gap-2">
                    {alternatives.map((alternative) => (
                      <Button
                        key={alternative.id}
                        variant="secondary"
                        aria-label={`Choose ${spokenSlot(alternative.startTime, alternative.endTime, props.timeZone)}`}
                        onClick={() => props.onChoose(alternative)}
                      >
                        {formatDate(alternative.startTime, props.timeZone, { weekday: 'short', year: undefined, month: 'short' })},{' '}
                        {formatRange(alternative.startTime, alternative.endTime, props.timeZone)}
                      </Button>
                    ))}
                  </div>
                </>
              ) : (
                <p className="mt-1">Please pick another time in the calendar.</p>
              )}
            </div>
          ) : null}
          {withinNotice && props.policy ? (
            <NoticeWarning
              noticeHours={props.policy.cancellationNoticeHours}
              contact={<ContactLink email={props.policy.contactEmail} name={props.policy.providerName} />}
            >
              {props.rescheduling
                ? 'After this move you can no longer change or cancel it online'
                : 'Once booked, this time can no longer be changed or cancelled online'}
            </NoticeWarning>
          ) : null}
          {!props.rescheduling ? (
            <Field
              label={
                <>
                  What would you like to discuss? <span className="font-normal text-slate-500">(optional)</span>
                </>
              }
              hint={tooLong ? null : `${MAX_NOTES - notes.length} characters left`}
              error={tooLong ? `Please shorten your notes by ${notes.length - MAX_NOTES} characters.` : undefined}
            >
              <Textarea
                rows={4}
                value={notes}
                readOnly={props.busy}
                onChange={(event) => {
                  setNotes(event.target.value);
                  saveNotesDraft(event.target.value);
                }}
              />
            </Field>
          ) : null}
          {props.serverError ? (
            <p role="alert" className="text-sm text-red-700">
              {props.serverError}
            </p>
          ) : null}
          {props.busy ? (
            <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-end">
              <p role="status" className="text-sm text-slate-600">
                {props.rescheduling ? 'Moving your appointment' : 'Booking your time'}; please keep this page open.
              </p>
              <Button busy disabled>
                {props.rescheduling ? 'Moving…' : 'Booking…'}
              </Button>
            </div>
          ) : (
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Button variant="secondary" onClick={props.onClose}>
                Cancel
              </Button>
              <Button onClick={() => props.onConfirm(notes)} disabled={tooLong || props.taken}>
                {props.rescheduling ? 'Move appointment' : 'Book this time'}
              </Button>
            </div>
          )}
        </div>
      ) : null}
    </Dialog>
  );
}
