import type { FastifyInstance } from 'fastify';
import { isIdentified, readsAllAppointments } from '../auth/policies.js';
import { exportAppointments, isExportFormat } from '../exports/export-appointments.js';
import { parseExportPeriod } from '../exports/export-period.js';
import { HttpProblem } from '../http/problem.js';
import { authOf } from '../http/request-auth.js';
import type { Services } from '../services.js';

/**
 * GET /exports/appointments.csv|pdf?from=YYYY-MM-DD&to=YYYY-MM-DD: the appointments of a
 * period for the provider (or an API key with appointments:read), in the provider's zone.
 */
export function registerExportRoutes(app: FastifyInstance, deps: Pick<Services, 'prisma'>): void {
  const config = { authenticate: true, limited: true };
  app.get<{ Params: { format: string }; Querystring: Record<string, string | undefined> }>(
    '/exports/appointments.:format',
    { config },
    async (request, reply) => {
      const format = request.params.format;
      if (!isExportFormat(format)) throw new HttpProblem(404, 'NOT_FOUND', 'Exports come as .csv or .pdf.');
      const auth = authOf(request);
      if (!readsAllAppointments(auth)) {
        throw isIdentified(auth)
          ? new HttpProblem(403, 'FORBIDDEN', 'Only the provider, or an API key with appointments:read, may export appointments.')
          : new HttpProblem(401, 'UNAUTHENTICATED', 'Send "Authorization: Bearer <token>" or "ApiKey <key>".');
      }
      const period = parseExportPeriod(request.query.from ?? null, request.query.to ?? null);
      if (!period.ok) throw new HttpProblem(400, 'VALIDATION', period.message);

      const { file } = await exportAppointments(deps, { period, format });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
}
