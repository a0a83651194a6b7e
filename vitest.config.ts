import { defineConfig } from 'vitest/config';

// Use cases and pure rules hold the product's logic: they are held to more than the rest.
const CORE = { lines: 90 };

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
    // `vitest run --coverage` (npm test). Integration tests run the server in-process, so they count.
    coverage: {
      provider: 'v8',
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
      reportOnFailure: true,
      include: ['api/**/*.{ts,tsx}', 'schema/**/*.ts', 'jobs/**/*.ts', 'shared/**/*.ts'],
      exclude: [
        'api/generated/**',
        '**/*.test.{ts,tsx}',
        // Process entry points and scripts: started as processes of their own, never imported by tests.
        'api/main.ts',
        'jobs/main.ts',
        'schema/print.ts',
      ],
      thresholds: {
        lines: 80,
        statements: 80,
        functions: 80,
        branches: 80,
        'api/domain/**': CORE,
        'shared/**': CORE,
        'api/appointments/**': CORE,
        'api/slots/**': CORE,
        'api/settings/**': CORE,
      },
    },
  },
});
