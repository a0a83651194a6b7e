import type { ChangeCheck } from '../../api/appointments/find-changeable-appointment.js';
import { CancellationClosedError, NotFoundError, ValidationError } from '../error-classes.js';

/** The appointment a change may proceed on, or the typed error that explains why not. */
export function changeableOrThrow(check: ChangeCheck) {
  switch (check.outcome) {
    case 'ok':
      return check.appointment;
    case 'not-found':
      throw new NotFoundError('No such appointment.');
    case 'not-scheduled':
      throw new ValidationError([
        { path: 'input.id', message: `This appointment is ${check.status.toLowerCase().replace('_', '-')} and can no longer be changed.` },
      ]);
    case 'closed':
      throw new CancellationClosedError(check.reason);
  }
}
