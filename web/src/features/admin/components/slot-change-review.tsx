import { graphql, readFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { formatDate, formatTime } from '../../../lib/format';

const CountsFragment = graphql(`
  fragment SlotChangeCounts_summary on SlotChangeSummary {
    opened
    closed
    bookedOutsideHours {
      id
    }
  }
`);

const SummaryFragment = graphql(`
  fragment SlotChangeReview_summary on SlotChangeSummary {
    ...SlotChangeCounts_summary
    bookedOutsideHours {
      id
      startTime
      user {
        name
        email
      }
    }
  }
`);

export type SlotChangeSummaryData = FragmentType<typeof SummaryFragment>;
/** What a save answers about the slots: select `...SlotChangeCounts_summary` for it. */
export type SlotChangeCountsData = FragmentType<typeof CountsFragment>;

const slots = (count: number) => `${count} ${count === 1 ? 'slot' : 'slots'}`;
const appointments = (count: number) => `${count} booked ${count === 1 ? 'appointment stays' : 'appointments stay'}`;

/** One sentence for what a change of hours did (or would do) to the slots already generated. */
export function describeSlotChange(counts: SlotChangeCountsData, tense: 'will' | 'did'): string {
  const summary = readFragment(CountsFragment, counts);
  const parts: string[] = [];
  if (summary.closed > 0) parts.push(`${slots(summary.closed)} ${tense === 'will' ? 'will close' : 'closed'}`);
  if (summary.opened > 0) parts.push(`${slots(summary.opened)} ${tense === 'will' ? 'will open' : 'opened'}`);
  if (summary.bookedOutsideHours.length > 0) parts.push(appointments(summary.bookedOutsideHours.length));
  if (parts.length === 0) return tense === 'will' ? 'No existing slot changes.' : 'No existing slot changed.';
  const sentence = parts.join(', ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

/**
 * What saving would do to the slots already generated, before anything is written: the
 * counts, and the booked appointments that fall outside the new hours (they are kept).
 */
export function SlotChangeReview(props: {
  summary: FragmentType<typeof SummaryFragment>;
  timeZone: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const summary = readFragment(SummaryFragment, props.summary);
  return (
    <div role="region" aria-label="Effect on existing slots" className="mt-3 rounded-xl bg-amber-50 px-4 py-3 text-sm ring-1 ring-amber-200">
      <p className="font-medium text-slate-900">{describeSlotChange(summary, 'will')}</p>
      {summary.bookedOutsideHours.length > 0 ? (
        <>
          <p className="mt-2 text-slate-700">These appointments fall outside the new hours. They are kept; cancel or move them if needed:</p>
          <ul className="mt-1 list-disc pl-5 text-slate-800">
            {summary.bookedOutsideHours.map((appointment) => (
              <li key={appointment.id}>
                {formatDate(appointment.startTime, props.timeZone, { weekday: 'short', day: 'numeric', month: 'short' })}{' '}
                {formatTime(appointment.startTime, props.timeZone)}: {appointment.user.name || appointment.user.email}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button busy={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          Back
        </Button>
      </div>
    </div>
  );
}
