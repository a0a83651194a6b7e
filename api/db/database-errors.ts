// PostgreSQL reports constraint violations through the driver adapter; Prisma wraps them
// as P2002 (unique) or P2039 with the original SQLSTATE in meta.driverAdapterError.
const UNIQUE_VIOLATION = '23505';
const EXCLUSION_VIOLATION = '23P01';

interface MaybePrismaError {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
}

export function isConflictError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta } = error as MaybePrismaError;
  if (code === 'P2002' || code === UNIQUE_VIOLATION || code === EXCLUSION_VIOLATION) return true;
  const cause = meta?.driverAdapterError?.cause;
  return (
    cause?.originalCode === UNIQUE_VIOLATION ||
    cause?.originalCode === EXCLUSION_VIOLATION ||
    cause?.kind === 'UniqueConstraintViolation'
  );
}
