import type { Prisma } from '../../api/generated/prisma/client.js';
import { builder } from '../builder.js';
import { ValidationError } from '../error-classes.js';
import { line } from '../inputs.js';
import { parseInput } from '../validation.js';

export const AppointmentStatusEnum = builder.enumType('AppointmentStatus', {
  values: ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const,
});

export const AppointmentFilterInput = builder.inputType('AppointmentFilter', {
  fields: (t) => ({
    status: t.field({ type: [AppointmentStatusEnum], required: false, description: 'Any of these statuses.' }),
    from: t.field({ type: 'DateTime', required: false, description: 'Starting at or after this instant.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Starting before this instant.' }),
    search: t.string({ required: false, description: 'Case-insensitive text to find in the notes.' }),
  }),
});

export const AppointmentSortEnum = builder.enumType('AppointmentSort', {
  values: ['START_TIME_ASC', 'START_TIME_DESC', 'CREATED_AT_DESC'] as const,
});

type Filter = typeof AppointmentFilterInput.$inferInput;
type Sort = typeof AppointmentSortEnum.$inferType;

const MAX_SEARCH_LENGTH = 200;
const searchText = line('Search text')
  .trim()
  .max(MAX_SEARCH_LENGTH, { message: `Search text can be at most ${MAX_SEARCH_LENGTH} characters.` })
  .nullish();

export function appointmentWhere(filter: Filter | null | undefined): Prisma.AppointmentWhereInput {
  if (!filter) return {};
  if (filter.from && filter.to && filter.to <= filter.from) {
    throw new ValidationError([{ path: 'filter.to', message: '"to" must be after "from".' }]);
  }
  const search = parseInput(searchText, filter.search, 'filter.search');
  return {
    ...(filter.status?.length ? { status: { in: filter.status } } : {}),
    ...(filter.from || filter.to
      ? { startTime: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
    ...(search ? { notes: { contains: search, mode: 'insensitive' as const } } : {}),
  };
}

export function appointmentOrder(sort: Sort | null | undefined): Prisma.AppointmentOrderByWithRelationInput[] {
  switch (sort ?? 'START_TIME_ASC') {
    case 'START_TIME_DESC':
      return [{ startTime: 'desc' }, { id: 'desc' }];
    case 'CREATED_AT_DESC':
      return [{ createdAt: 'desc' }, { id: 'desc' }];
    default:
      return [{ startTime: 'asc' }, { id: 'asc' }];
  }
}
