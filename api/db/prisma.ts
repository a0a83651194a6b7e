import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type { PrismaClient };

export interface QueryCounter {
  /** SQL statements sent so far; tests use it to prove resolvers make no N+1 queries. */
  readonly count: number;
}

/** How long one statement may run, and how long a connection may take to come, before the caller gets an error. */
export const DEFAULT_QUERY_TIMEOUT_MS = 5_000;
export const CONNECT_TIMEOUT_MS = 3_000;

export function createPrisma(
  databaseUrl: string,
  options: { poolSize?: number; queryTimeoutMs?: number } = {},
): {
  prisma: PrismaClient;
  queries: QueryCounter;
  /** The pool behind the adapter, for its connection counts. */
  pool: pg.Pool;
} {
  const timeout = options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // The server stops a slow statement; the client gives up on a server that does not answer
    // at all (frozen, or a network that drops packets), a little later.
    statement_timeout: timeout,
    query_timeout: timeout + 1_000,
    idle_in_transaction_session_timeout: timeout * 2,
  });
  // Ours, so that its counts can be read; $disconnect still ends it.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const queries = { count: 0 };
  prisma.$on('query', () => {
    queries.count++;
  });
  return { prisma, queries, pool };
}
