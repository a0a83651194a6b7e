import { GraphQLError } from 'graphql';

export const ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION', 'SLOT_UNAVAILABLE', 'CANCELLATION_CLOSED', 'RATE_LIMITED'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * An expected failure. Mutations return it as a typed union member; anywhere else it
 * reaches the client as a GraphQL error with extensions.code (never masked).
 */
export abstract class AppError extends GraphQLError {
  abstract readonly code: ErrorCode;

  constructor(message: string, code: ErrorCode) {
    super(message, { extensions: { code } });
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to do this.') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this.') {
    super(message, 'FORBIDDEN');
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(message = 'Not found.') {
    super(message, 'NOT_FOUND');
  }
}

export class SlotUnavailableError extends AppError {
  readonly code = 'SLOT_UNAVAILABLE';
  constructor(message = 'This time slot is no longer available. Please choose another one.') {
    super(message, 'SLOT_UNAVAILABLE');
  }
}

export class CancellationClosedError extends AppError {
  readonly code = 'CANCELLATION_CLOSED';
  constructor(message: string) {
    super(message, 'CANCELLATION_CLOSED');
  }
}

export interface FieldError {
  path: string;
  message: string;
}

export class ValidationError extends AppError {
  readonly code: 'VALIDATION' | 'RATE_LIMITED' = 'VALIDATION';
  constructor(
    readonly fields: FieldError[],
    message = fields.length === 1 ? fields[0]!.message : 'Some of the input is not valid.',
  ) {
    super(message, 'VALIDATION');
    this.extensions.fields = fields;
  }
}

/**
 * A client's quota is used up. A ValidationError with code RATE_LIMITED, so that it fits the
 * contract's result unions, which have no other member for it.
 */
export class QuotaExceededError extends ValidationError {
  override readonly code = 'RATE_LIMITED';
  constructor(message: string) {
    super([{ path: 'input', message }], message);
    this.extensions.code = 'RATE_LIMITED';
  }
}
