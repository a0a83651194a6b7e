import { clientQuotaProblem, recordBookingChange } from '../../api/appointments/client-quota.js';
import type { BookingChangeKind } from '../../api/domain/client-quota.js';
import type { Prisma } from '../../api/generated/prisma/client.js';
import { actorOf } from '../../api/auth/policies.js';
import type { Context } from '../context.js';
import { QuotaExceededError } from '../error-classes.js';

/**
 * Run inside a change's transaction: refuses the change with QuotaExceededError when the client's
 * quota is used up (the provider and API keys are exempt), and returns `record`, to be called once
 * the change is written.
 */
export async function guardClientQuota(
  tx: Prisma.TransactionClient,
  context: Context,
  change: { clientId: string; kind: BookingChangeKind; now: Date },
): Promise<(appointmentId: string) => Promise<void>> {
  const byClient = !actorOf(context).privileged;
  if (byClient) {
    const problem = await clientQuotaProblem(tx, change.clientId, change.kind, change.now, await context.rules.get());
    if (problem) throw new QuotaExceededError(problem);
  }
  return (appointmentId) =>
    recordBookingChange(tx, { appointmentId, clientId: change.clientId, kind: change.kind, byClient, at: change.now });
}
