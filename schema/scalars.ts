import { GraphQLError, Kind } from 'graphql';
import { parseLocalDate } from '../api/domain/local-date.js';
import { builder } from './builder.js';

// RFC 3339 date-time with an explicit offset; seconds and fractions optional.
const RFC_3339 = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !RFC_3339.test(value)) {
    throw new GraphQLError(`DateTime must be an RFC 3339 string with a time zone offset, e.g. "2027-03-29T07:00:00Z"; got ${JSON.stringify(value)}.`, {
      extensions: { code: 'VALIDATION' },
    });
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || !parseLocalDate(value.slice(0, 10))) {
    throw new GraphQLError(`DateTime ${JSON.stringify(value)} is not a real date.`, { extensions: { code: 'VALIDATION' } });
  }
  return date;
}

builder.scalarType('DateTime', {
  description: 'RFC 3339 date-time; the server always answers in UTC, e.g. "2027-03-29T07:00:00.000Z".',
  serialize: (value) => (value instanceof Date ? value : new Date(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be a string.', { extensions: { code: 'VALIDATION' } });
    }
    return parseDateTime(ast.value);
  },
});
