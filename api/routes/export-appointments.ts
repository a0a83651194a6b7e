import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authenticator } from '../auth/viewer.js';
import type { PrismaClient } from '../db/prisma.js';
import { formatLocalDate } from '../domain/local-date.js';
import { toCsv } from '../exports/csv.js';
import { parseExportPeriod } from '../exports/export-period.js';
import { loadExportRows } from '../exports/export-rows.js';
import { toPdf } from '../exports/pdf.js';
import { loadProviderRules } from '../settings/provider-settings.js';

/**
 * GET /exports/appointments.csv|pdf?from=YYYY-MM-DD&to=YYYY-MM-DD: the appointments of a
 * period for the provider (or an API key with appointments:read), in the provider's zone.
 */
export function exportAppointments(format: 'csv' | 'pdf', deps: { prisma: PrismaClient; authenticator: Authenticator }) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const fail = (status: number, code: string, message: string): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code, message } }));
    };
    if (request.method !== 'GET') return fail(405, 'VALIDATION', 'Use GET.');
    const auth = await deps.authenticator.authenticate(request.headers.authorization);
    const allowed = auth.viewer?.user.role === 'PROVIDER' || auth.apiKey?.scopes.includes('appointments:read');
    if (!allowed) {
      return auth.viewer || auth.apiKey
        ? fail(403, 'FORBIDDEN', 'Only the provider, or an API key with appointments:read, may export appointments.')
        : fail(401, 'UNAUTHENTICATED', auth.problem ?? 'Send "Authorization: Bearer <token>" or "ApiKey <key>".');
    }
    const params = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const dates = parseExportPeriod(params.get('from'), params.get('to'));
    if (!dates.ok) return fail(400, 'VALIDATION', dates.message);
    const { from, to } = dates;

    const { timezone } = await loadProviderRules(deps.prisma);
    const rows = await loadExportRows(deps.prisma, from, to, timezone);
    const period = `${formatLocalDate(from)} to ${formatLocalDate(to)}`;
    const filename = `appointments-${formatLocalDate(from)}-to-${formatLocalDate(to)}.${format}`;
    const body = format === 'csv' ? Buffer.from(toCsv(rows), 'utf8') : await toPdf(rows, { title: 'Appointments', period, timezone });
    response.writeHead(200, {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    });
    response.end(body);
  };
}
