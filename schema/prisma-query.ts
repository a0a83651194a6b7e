/**
 * Pothos passes `select: {}` when a client selects no column of a model (e.g. only
 * __typename), which Prisma rejects; select the id in that case.
 */
export function selectingSomething<Query extends { select?: object; include?: object }>(query: Query): Query {
  if (query.select && Object.keys(query.select).length === 0) return { ...query, select: { id: true } };
  return query;
}
