import type { Prisma } from '../../api/generated/prisma/client.js';
import { builder } from '../builder.js';
import { z } from 'zod';
import { line } from '../inputs.js';

const STATUSES = ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const;

export const AppointmentStatusEnum = builder.enumType('AppointmentStatus', { values: STATUSES });

export const AppointmentSortEnum = builder.enumType('AppointmentSort', {
  values: ['START_TIME_ASC', 'START_TIME_DESC', 'CREATED_AT_DESC'] as const,
});

const MAX_SEARCH_LENGTH = 200;

export const AppointmentFilterInput = builder
  .inputType('AppointmentFilter', {
    fields: (t) => ({
      status: t.field({ type: [AppointmentStatusEnum], required: false, description: 'Any of these statuses.' }),
      from: t.field({ type: 'DateTime', required: false, description: 'Starting at or after this instant.' }),
      to: t.field({ type: 'DateTime', required: false, description: 'Starting before this instant.' }),
      search: t.string({ required: false, description: 'Case-insensitive text to find in the notes.' }),
      needsOutcome: t.boolean({
        required: false,
        description: 'Only appointments that have started, are not cancelled, and whose outcome the provider has not recorded yet.',
      }),
    }),
  })
  .validate(
    z
      .strictObject({
        status: z.array(z.enum(STATUSES)).nullish(),
        from: z.date().nullish(),
        to: z.date().nullish(),
        search: line('Search text')
          .trim()
          .max(MAX_SEARCH_LENGTH, { message: `Search text can be at most ${MAX_SEARCH_LENGTH} characters.` })
          .nullish(),
        needsOutcome: z.boolean().nullish(),
      })
      .refine((filter) => !(filter.from && filter.to && filter.to <= filter.from), { path: ['to'], message: '"to" must be after "from".' }),
  );

type Filter = typeof AppointmentFilterInput.$inferInput;
type Sort = typeof AppointmentSortEnum.$inferType;

export function appointmentWhere(filter: Filter | null | undefined, now: Date): Prisma.AppointmentWhereInput {
  if (!filter) return {};
  const search = filter.search;
  return {
    AND: [
      filter.status?.length ? { status: { in: filter.status } } : {},
      filter.from || filter.to ? { startTime: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {},
      search ? { notes: { contains: search, mode: 'insensitive' as const } } : {},
      filter.needsOutcome ? { status: { in: ['SCHEDULED' as const, 'COMPLETED' as const] }, startTime: { lte: now }, outcomeRecordedAt: null } : {},
    ],
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
