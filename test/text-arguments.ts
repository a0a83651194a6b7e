import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** One place where a mutation takes text (a String or an ID), e.g. updateAvailability's "input.weeklyHours.0.start". */
export interface TextArgument {
  mutation: string;
  path: string;
  query: string;
  /** Whether the result is a union that can hold a ValidationError, rather than a plain object. */
  returnsUnion: boolean;
  /** The request's variables: `value` at this path, every other required input filled in with a sensible sample. */
  variables(value: string): Record<string, unknown>;
}

// Valid samples for the required inputs around the one under test, by field name; any other text is "x".
const SAMPLES: Record<string, unknown> = {
  email: 'someone@example.com',
  date: '2030-01-07',
  from: '2030-01-07',
  to: '2030-01-08',
  start: '09:00',
  end: '10:00',
  timezone: 'Europe/Luxembourg',
  weekday: 1,
  name: 'Someone',
};
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/** Every text argument of every mutation, found by walking the schema's argument and input types. */
export function textArguments(schema: GraphQLSchema): TextArgument[] {
  const found: TextArgument[] = [];
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const returnsUnion = isUnionType(getNamedType(field.type));
    const query = operation(field.name, field.args, returnsUnion);
    for (const argument of field.args) {
      for (const path of textPaths(argument.type, [argument.name])) {
        found.push({
          mutation: field.name,
          path: path.join('.'),
          query,
          returnsUnion,
          variables: (value) => Object.fromEntries(field.args.map((arg) => [arg.name, fill(arg.type, arg.name, [arg.name], path, value)])),
        });
      }
    }
  }
  return found;
}

function operation(name: string, args: readonly GraphQLArgument[], returnsUnion: boolean): string {
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = returnsUnion ? '{ __typename ... on ValidationError { code fields { path message } } }' : '{ __typename }';
  return `mutation${declared ? `(${declared})` : ''} { ${name}${passed ? `(${passed})` : ''} ${selection} }`;
}

function textPaths(type: GraphQLInputType, path: string[]): string[][] {
  if (isNonNullType(type)) return textPaths(type.ofType, path);
  if (isListType(type)) return textPaths(type.ofType, [...path, '0']);
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).flatMap((field) => textPaths(field.type, [...path, field.name]));
  }
  return isScalarType(type) && (type.name === 'String' || type.name === 'ID') ? [path] : [];
}

function fill(type: GraphQLInputType, name: string, path: string[], target: string[], value: string): unknown {
  const onTarget = target.slice(0, path.length).join('.') === path.join('.');
  if (onTarget && path.length === target.length) return value;
  if (isNonNullType(type)) return fill(type.ofType, name, path, target, value) ?? sample(type.ofType, name);
  if (!onTarget) return null;
  if (isListType(type)) return [fill(type.ofType, name, [...path, '0'], target, value)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, fill(field.type, field.name, [...path, field.name], target, value)]));
  }
  return null;
}

function sample(type: GraphQLInputType, name: string): unknown {
  if (isListType(type)) return [sample(isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType, name)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample((field.type as { ofType: GraphQLInputType }).ofType, field.name)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (name in SAMPLES) return SAMPLES[name];
  switch (isScalarType(type) ? type.name : '') {
    case 'ID':
      return SAMPLE_ID;
    case 'Int':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2030-01-07T09:00:00Z';
    default:
      return 'x';
  }
}
