import { defineConfig } from 'prisma/config';

// Prisma's env() throws when a variable is unset; the embedded database sets
// DATABASE_URL at run time, so read process.env and let commands that need a URL fail clearly.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
