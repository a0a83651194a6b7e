import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed GraphQL documents for the web client, from the committed schema. Components read the
// fragments they declare through readFragment (masking on), so each sees only its own fields.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'readFragment' } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
    'web/src/gql/introspection.ts': {
      plugins: ['./web/codegen/introspection-plugin.mjs'],
    },
  },
};

export default config;
