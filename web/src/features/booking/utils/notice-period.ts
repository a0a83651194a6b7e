/** Whether a time starting at `startTime` is already inside the cancellation notice period, as of `now`. */
export function withinNoticePeriod(startTime: string, noticeHours: number, now: number = Date.now()): boolean {
  return Date.parse(startTime) - now < noticeHours * 3_600_000;
}
