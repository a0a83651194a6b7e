/**
 * Google Calendar event ids may use the characters a-v and 0-9; a UUID's hex digits
 * qualify. Using our own id makes event creation idempotent across retries.
 */
export function calendarEventId(appointmentId: string): string {
  return `slotline${appointmentId.replaceAll('-', '')}`;
}

export function isSlotlineEventId(eventId: string): boolean {
  return /^slotline[0-9a-f]{32}$/.test(eventId);
}
