import type { PrismaClient } from '../db/prisma.js';
import { afterAnswer, afterFailure, gate, type BreakerPolicy, type BreakerState, type DeliveryFailure, type Gate } from '../domain/circuit-breaker.js';

/**
 * The circuit breaker in front of the mail service, shared by every worker through the single
 * MailServiceState row; the transitions are the pure ones of domain/circuit-breaker.ts. One object
 * per delivery run, which also remembers until when this run must not send.
 */
export class MailBreaker {
  /** Set once the service asked to wait (open breaker, Retry-After): the run sends nothing more. */
  waitUntil: Date | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly policy: BreakerPolicy,
    /** How long a worker may hold the probe before another may send one. */
    private readonly probeHoldMs: number,
  ) {}

  /** Whether this run may send now; while the breaker is open, one worker at a time gets the probe. */
  async gate(now: Date): Promise<Gate> {
    const decision = gate(await this.read(), now);
    if (decision.action === 'wait') this.waitUntil = decision.until;
    if (decision.action !== 'probe') return decision;
    const { count } = await this.prisma.mailServiceState.updateMany({
      where: { id: 1, breaker: 'OPEN', OR: [{ probeUntil: null }, { probeUntil: { lt: now } }] },
      data: { probeUntil: new Date(now.getTime() + this.probeHoldMs) },
    });
    if (count === 1) return decision;
    const { probeUntil } = await this.prisma.mailServiceState.findUniqueOrThrow({ where: { id: 1 }, select: { probeUntil: true } });
    this.waitUntil = probeUntil ?? new Date(now.getTime() + this.probeHoldMs);
    return { action: 'wait', until: this.waitUntil };
  }

  /** The probe found nothing to send: another worker may probe when e-mails are due. */
  async releaseProbe(): Promise<void> {
    await this.prisma.mailServiceState.updateMany({ where: { id: 1 }, data: { probeUntil: null } });
  }

  /**
   * The service answered (an id, or a refusal of that e-mail alone): it works. If it had been failing,
   * the breaker closes and the e-mails that waited for it are due at once.
   */
  async answered(now: Date): Promise<void> {
    const troubled = await this.prisma.mailServiceState.count({ where: { id: 1, OR: [{ breaker: 'OPEN' }, { consecutiveFailures: { gt: 0 } }] } });
    if (troubled === 0) return;
    await this.apply((state) => afterAnswer(state));
    await this.prisma.notification.updateMany({
      where: { status: 'QUEUED', attempts: { gt: 0 }, dueAt: { lte: now }, nextAttemptAt: { gt: now } },
      data: { nextAttemptAt: now },
    });
  }

  /** Records a temporary failure; returns the state it leaves, which the failed row's next attempt respects. */
  async failed(failure: DeliveryFailure, now: Date): Promise<BreakerState> {
    const next = await this.apply((state) => afterFailure(state, failure, now, this.policy));
    const decision = gate(next, now);
    if (decision.action === 'wait') this.waitUntil = decision.until;
    return next;
  }

  private async read(): Promise<BreakerState> {
    return this.prisma.mailServiceState.findUniqueOrThrow({ where: { id: 1 }, select: STATE_FIELDS });
  }

  private async apply(change: (state: BreakerState) => BreakerState): Promise<BreakerState> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "MailServiceState" WHERE id = 1 FOR UPDATE`;
      const next = change(await tx.mailServiceState.findUniqueOrThrow({ where: { id: 1 }, select: STATE_FIELDS }));
      // Any recorded outcome ends the probe that may have been under way.
      await tx.mailServiceState.update({ where: { id: 1 }, data: { ...next, lastError: next.lastError?.slice(0, 500) ?? null, probeUntil: null } });
      return next;
    });
  }
}

const STATE_FIELDS = { breaker: true, consecutiveFailures: true, openedAt: true, notBefore: true, cooldownMs: true, lastError: true } as const;
