import { formatLocalDate, type LocalDate } from '../domain/local-date.js';
import type { Services } from '../services.js';

export type RemoveDateOverrideResult = { outcome: 'removed'; date: string };

/** The weekly hours apply to this local date again; removing an override that is not there is fine. */
export async function removeDateOverride(deps: Pick<Services, 'prisma' | 'rules'>, input: { date: LocalDate }): Promise<RemoveDateOverrideResult> {
  const date = formatLocalDate(input.date);
  await deps.prisma.dateOverride.deleteMany({ where: { date } });
  deps.rules.invalidate();
  return { outcome: 'removed', date };
}
