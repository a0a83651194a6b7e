import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '../db/prisma.js';

const DATABASE_CHECK_MS = 2_000;

/**
 * /healthz: the process answers. /readyz: it can serve, i.e. the database answers and
 * the server is not shutting down (a load balancer then stops sending new requests).
 */
export function registerHealthRoutes(app: FastifyInstance, prisma: PrismaClient, isClosing: () => boolean): void {
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    if (isClosing()) return reply.status(503).send({ status: 'shutting down' });
    try {
      await withTimeout(prisma.$queryRaw`SELECT 1`, DATABASE_CHECK_MS);
      return reply.send({ status: 'ready' });
    } catch {
      return reply.status(503).send({ status: 'database unreachable' });
    }
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
