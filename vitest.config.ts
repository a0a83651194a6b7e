import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Pothos is loaded by Node (CommonJS graphql); make Vite use the same copy of graphql.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['api/**/*.test.ts', 'test/**/*.test.ts', 'schema/**/*.test.ts', 'prisma/**/*.test.ts', 'jobs/**/*.test.ts', 'shared/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
