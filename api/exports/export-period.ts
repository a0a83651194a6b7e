import { daysBetween, isSupportedDate, parseLocalDate, SUPPORTED_DATES, type LocalDate } from '../domain/local-date.js';

export const MAX_EXPORT_DAYS = 366;

export type ExportPeriod = { ok: true; from: LocalDate; to: LocalDate } | { ok: false; message: string };

/** The local dates ?from=YYYY-MM-DD&to=YYYY-MM-DD of an export, both included, or why they are refused. */
export function parseExportPeriod(fromText: string | null, toText: string | null): ExportPeriod {
  const from = parseLocalDate(fromText ?? '');
  const to = parseLocalDate(toText ?? '');
  if (!from || !to) return { ok: false, message: 'Give the period as ?from=YYYY-MM-DD&to=YYYY-MM-DD.' };
  if (!isSupportedDate(from) || !isSupportedDate(to)) return { ok: false, message: SUPPORTED_DATES };
  const days = daysBetween(from, to) + 1;
  if (days < 1) return { ok: false, message: '"to" must not be before "from".' };
  if (days > MAX_EXPORT_DAYS) return { ok: false, message: `The period can span at most ${MAX_EXPORT_DAYS} days.` };
  return { ok: true, from, to };
}
