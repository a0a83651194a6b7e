// ESLint decides code quality and the import boundaries; Prettier decides formatting (see docs/architecture.md).
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const abs = (glob) => path.join(root, glob);

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx'];

// The process shell: it wires everything together, so it may import anything on the server side.
// (Globs only: a restricted-paths zone cannot mix globs and plain paths.)
const SHELL = ['api/{main,app,server,yoga,ws}.ts', 'api/http/**', 'api/routes/**'];
const DOMAIN = ['api/domain/**', 'shared/**'];

// Packages that tie code to GraphQL (only schema/ and the shell speak it).
// @graphql-yoga/subscription and redis-event-target are plain typed pub/sub, allowed everywhere on the server.
const GRAPHQL_PACKAGES = ['graphql', 'graphql/*', 'graphql-yoga', 'graphql-ws', '@graphql-yoga/plugin-*', '@pothos/*', '@escape.tech/*'];
// Packages that do I/O or tie code to a runtime: never in the pure domain.
const IO_PACKAGES = [
  'node:*',
  '@prisma/*',
  'pg',
  'ioredis',
  'agenda',
  '@agendajs/*',
  'fastify',
  '@fastify/*',
  'firebase',
  'firebase/*',
  'firebase-admin',
  'firebase-admin/*',
  'resend',
  'ws',
  'pino',
  'react',
  'react-dom',
];

/**
 * One layer of the one-way dependency graph: its files may not import the `forbidden` folders (globs relative
 * to the repository) nor the `packages`. Shipped files may not import test/ either; *.test.ts files may.
 */
function layer(name, { files, ignores = [], forbidden, except = [], packages = [] }) {
  const zones = (withTests) => [
    {
      target: files.map(abs),
      from: (withTests ? forbidden : [...forbidden, 'test/**']).map(abs),
      except: except.map(abs),
      message: `The ${name} layer may not import this (docs/architecture.md).`,
    },
  ];
  const restrictedPackages = packages.length
    ? ['error', { patterns: [{ group: packages, message: `The ${name} layer may not depend on this package.` }] }]
    : 'off';
  return [
    {
      name: `slotline/layer/${name}`,
      files,
      ignores: [...ignores, ...TEST_FILES],
      rules: { 'import-x/no-restricted-paths': ['error', { zones: zones(false) }], 'no-restricted-imports': restrictedPackages },
    },
    {
      name: `slotline/layer/${name}/tests`,
      files: files.flatMap((glob) => TEST_FILES.map((test) => path.posix.join(glob, test.replace('**/', '')))),
      ignores,
      rules: { 'import-x/no-restricted-paths': ['error', { zones: zones(true) }], 'no-restricted-imports': restrictedPackages },
    },
  ];
}

export default defineConfig(
  globalIgnores(
    [
      'api/generated/**',
      'web/src/gql/**',
      'dist/**',
      'web/dist/**',
      'coverage/**',
      '.data/**',
      'playwright-report/**',
      'test-results/**',
      'e2e/screenshots/**',
    ],
    'slotline/generated-and-output',
  ),
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    name: 'slotline/typescript',
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-misused-promises': 'error',
      // `async` without `await` is how an implementation of an async interface turns its throws into rejections.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    name: 'slotline/javascript',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },

  // Import boundaries and cycles, resolved like TypeScript does (root and web projects).
  // Registered for every file: the layer rules below also reach plain .js/.mjs files.
  { name: 'slotline/import-plugin', plugins: { 'import-x': importX } },
  {
    name: 'slotline/imports',
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: [abs('tsconfig.json'), abs('web/tsconfig.json'), abs('e2e/tsconfig.json')],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  ...layer('domain', {
    files: DOMAIN,
    forbidden: ['api/**', 'schema/**', 'jobs/**', 'web/**', 'prisma/**', 'bench/**', 'e2e/**'],
    except: ['api/domain/**'],
    packages: [...GRAPHQL_PACKAGES, ...IO_PACKAGES],
  }),
  ...layer('api use cases', {
    files: ['api/**'],
    ignores: [...SHELL, ...DOMAIN],
    forbidden: ['schema/**', 'jobs/**', 'web/**', ...SHELL],
    packages: GRAPHQL_PACKAGES,
  }),
  ...layer('shell', { files: SHELL, forbidden: ['web/**'] }),
  ...layer('schema', { files: ['schema/**'], forbidden: ['jobs/**', 'web/**', ...SHELL] }),
  ...layer('jobs', { files: ['jobs/**'], forbidden: ['schema/**', 'web/**', ...SHELL] }),
  ...layer('web', {
    files: ['web/**'],
    forbidden: ['api/**', 'schema/**', 'jobs/**', 'prisma/**', 'bench/**', 'e2e/**'],
  }),

  {
    name: 'slotline/web',
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },

  // Tests read untyped JSON (GraphQL answers, HTTP bodies, fakes' requests): the unsafe-any rules only add noise
  // there. The promise rules stay on: a forgotten await is the commonest test bug.
  {
    name: 'slotline/tests',
    files: [...TEST_FILES, 'test/**', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
