import type { LocalDate } from '../domain/local-date.js';
import { formatLocalDate } from '../domain/local-date.js';
import type { Services } from '../services.js';
import { loadProviderRules } from '../settings/provider-settings.js';
import { toCsv } from './csv.js';
import { loadExportRows } from './export-rows.js';
import { toPdf } from './pdf.js';

export const EXPORT_FORMATS = ['csv', 'pdf'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

export interface ExportRequest {
  /** Local dates in the provider's zone, both included (see parseExportPeriod). */
  period: { from: LocalDate; to: LocalDate };
  format: ExportFormat;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
  /** How many appointments it lists. */
  count: number;
}

export type ExportResult = { outcome: 'exported'; file: ExportFile };

const CONTENT_TYPES: Record<ExportFormat, string> = { csv: 'text/csv; charset=utf-8', pdf: 'application/pdf' };

/**
 * Every appointment that starts in the period, in the provider's zone, as CSV or PDF. Reads every
 * client's appointments: callers authorize (readsAllAppointments).
 */
export async function exportAppointments(deps: Pick<Services, 'prisma'>, request: ExportRequest): Promise<ExportResult> {
  const { period, format } = request;
  const { timezone } = await loadProviderRules(deps.prisma);
  const rows = await loadExportRows(deps.prisma, period.from, period.to, timezone);
  const [from, to] = [formatLocalDate(period.from), formatLocalDate(period.to)];
  const body = format === 'csv' ? Buffer.from(toCsv(rows), 'utf8') : await toPdf(rows, { title: 'Appointments', period: `${from} to ${to}`, timezone });
  return {
    outcome: 'exported',
    file: { filename: `appointments-${from}-to-${to}.${format}`, contentType: CONTENT_TYPES[format], body, count: rows.length },
  };
}
