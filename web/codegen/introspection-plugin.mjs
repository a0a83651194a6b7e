import { introspectionFromSchema } from 'graphql';

// The schema's shape for the normalized cache (which types a union or interface covers, which
// fields each type has), and nothing more: the server refuses introspection at runtime, so the
// web app ships this copy, kept small.
const KEPT_KINDS = new Set(['OBJECT', 'INTERFACE', 'UNION']);

const slimType = (type) => (type.ofType ? { kind: type.kind, ofType: slimType(type.ofType) } : { kind: type.kind, name: type.name });

export const plugin = (schema) => {
  const { __schema } = introspectionFromSchema(schema, { descriptions: false });
  const types = __schema.types
    .filter((type) => KEPT_KINDS.has(type.kind) && !type.name.startsWith('__'))
    .map((type) => ({
      kind: type.kind,
      name: type.name,
      fields: type.fields?.map((field) => ({ name: field.name, type: slimType(field.type), args: [] })) ?? null,
      interfaces: type.interfaces ?? null,
      possibleTypes: type.possibleTypes ?? null,
    }));
  const minimal = {
    __schema: { queryType: __schema.queryType, mutationType: __schema.mutationType, subscriptionType: __schema.subscriptionType, types, directives: [] },
  };
  return [
    '// Generated from schema/schema.graphql by npm run codegen; do not edit.',
    "import type { IntrospectionQuery } from 'graphql';",
    '',
    `export const schema = ${JSON.stringify(minimal)} as unknown as IntrospectionQuery;`,
    '',
  ].join('\n');
};
