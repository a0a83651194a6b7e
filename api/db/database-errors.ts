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
  return cause?.originalCode === UNIQUE_VIOLATION || cause?.originalCode === EXCLUSION_VIOLATION || cause?.kind === 'UniqueConstraintViolation';
}

// Statement timeout, and the server going away or not answering.
const UNAVAILABLE_CODES = new Set(['57014', '57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);
const UNAVAILABLE_MESSAGES =
  /query read timeout|timeout exceeded when trying to connect|connection terminated|canceling statement due to statement timeout|can't reach database server|Connection refused/i;

/** The database did not answer in time or is unreachable: the caller should try again shortly. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== 'object') break;
    const { code, message, cause, meta } = current as { code?: unknown; message?: unknown; cause?: unknown; meta?: MaybePrismaError['meta'] };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    const originalCode = meta?.driverAdapterError?.cause?.originalCode;
    if (typeof originalCode === 'string' && UNAVAILABLE_CODES.has(originalCode)) return true;
    current = cause ?? meta?.driverAdapterError?.cause;
  }
  return false;
}
