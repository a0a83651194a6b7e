import { introspectionFromSchema } from 'graphql';

// The schema's shape for the normalized cache (unions, interfaces, fields), without descriptions:
// the server refuses introspection at runtime, so the web app ships this copy.
export const plugin = (schema) => {
  const introspection = introspectionFromSchema(schema, { descriptions: false, specifiedByUrl: false, directiveIsRepeatable: false });
  const types = introspection.__schema.types.filter((type) => !type.name.startsWith('__'));
  const minimal = { __schema: { ...introspection.__schema, types, directives: [] } };
  return [
    '// Generated from schema/schema.graphql by npm run codegen; do not edit.',
    "import type { IntrospectionQuery } from 'graphql';",
    '',
    `export const schema = ${JSON.stringify(minimal)} as unknown as IntrospectionQuery;`,
    '',
  ].join('\n');
};
