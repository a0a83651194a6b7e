import type { CancellationClosed, ChangedMeanwhile, NotFound, NotScheduled, QuotaExceeded, SlotUnavailable } from '../../api/appointments/outcomes.js';
import { CancellationClosedError, NotFoundError, QuotaExceededError, SlotUnavailableError, ValidationError, type AppError } from '../error-classes.js';

type Refusal = NotFound | NotScheduled | CancellationClosed | QuotaExceeded | SlotUnavailable | ChangedMeanwhile;

/** The typed error a mutation on an appointment answers for a use case's refusal. */
export function appointmentRefusal(refusal: Refusal): AppError {
  switch (refusal.outcome) {
    case 'not-found':
      return new NotFoundError('No such appointment.');
    case 'not-scheduled':
    case 'changed-meanwhile':
      return new ValidationError([{ path: 'input.id', message: refusal.reason }]);
    case 'cancellation-closed':
      return new CancellationClosedError(refusal.reason);
    case 'quota-exceeded':
      return new QuotaExceededError(refusal.reason);
    case 'slot-unavailable':
      return new SlotUnavailableError(refusal.reason);
  }
}
