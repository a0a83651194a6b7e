import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '../db/prisma.js';
import { formatLocalDate } from '../domain/local-date.js';
import { toCsv } from '../exports/csv.js';
import { parseExportPeriod } from '../exports/export-period.js';
import { loadExportRows } from '../exports/export-rows.js';
import { toPdf } from '../exports/pdf.js';
import { HttpProblem } from '../http/problem.js';
import { authOf } from '../http/request-auth.js';
import { loadProviderRules } from '../settings/provider-settings.js';

/**
 * GET /exports/appointments.csv|pdf?from=YYYY-MM-DD&to=YYYY-MM-DD: the appointments of a
 * period for the provider (or an API key with appointments:read), in the provider's zone.
 */
export function registerExportRoutes(app: FastifyInstance, deps: { prisma: PrismaClient }): void {
  const config = { authenticate: true, limited: true };
  app.get<{ Params: { format: string }; Querystring: Record<string, string | undefined> }>('/exports/appointments.:format', { config }, async (request, reply) => {
    const format = request.params.format;
    if (format !== 'csv' && format !== 'pdf') throw new HttpProblem(404, 'NOT_FOUND', 'Exports come as .csv or .pdf.');
    const auth = authOf(request);
    const allowed = auth.viewer?.user.role === 'PROVIDER' || auth.apiKey?.scopes.includes('appointments:read');
    if (!allowed) {
      throw auth.viewer || auth.apiKey
        ? new HttpProblem(403, 'FORBIDDEN', 'Only the provider, or an API key with appointments:read, may export appointments.')
        : new HttpProblem(401, 'UNAUTHENTICATED', 'Send "Authorization: Bearer <token>" or "ApiKey <key>".');
    }
    const dates = parseExportPeriod(request.query.from ?? null, request.query.to ?? null);
    if (!dates.ok) throw new HttpProblem(400, 'VALIDATION', dates.message);
    const { from, to } = dates;

    const { timezone } = await loadProviderRules(deps.prisma);
    const rows = await loadExportRows(deps.prisma, from, to, timezone);
    const period = `${formatLocalDate(from)} to ${formatLocalDate(to)}`;
    const filename = `appointments-${formatLocalDate(from)}-to-${formatLocalDate(to)}.${format}`;
    const body = format === 'csv' ? Buffer.from(toCsv(rows), 'utf8') : await toPdf(rows, { title: 'Appointments', period, timezone });
    return reply
      .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store')
      .send(body);
  });
}
