export type ChangeDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether an appointment starting at `startTime` may still be cancelled or moved at `now`.
 * The provider may always change a future appointment; a client only until the notice
 * period before the start.
 */
export function mayChangeAppointment(options: { startTime: Date; now: Date; noticeHours: number; byProvider: boolean }): ChangeDecision {
  const { startTime, now, noticeHours, byProvider } = options;
  if (startTime.getTime() <= now.getTime()) {
    return { allowed: false, reason: 'This appointment has already started.' };
  }
  if (byProvider) return { allowed: true };
  const deadline = startTime.getTime() - noticeHours * 3_600_000;
  if (now.getTime() > deadline) {
    return {
      allowed: false,
      reason: `Appointments can be cancelled or rescheduled up to ${noticeHours} hours before they start.`,
    };
  }
  return { allowed: true };
}
