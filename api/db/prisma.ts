import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type { PrismaClient };

export interface QueryCounter {
  /** SQL statements sent so far; tests use it to prove resolvers make no N+1 queries. */
  readonly count: number;
}

export function createPrisma(databaseUrl: string, options: { poolSize?: number } = {}): {
  prisma: PrismaClient;
  queries: QueryCounter;
} {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const queries = { count: 0 };
  prisma.$on('query', () => {
    queries.count++;
  });
  return { prisma, queries };
}
