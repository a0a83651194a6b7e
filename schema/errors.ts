import { builder } from './builder.js';
import {
  type AppError,
  CancellationClosedError,
  ERROR_CODES,
  ForbiddenError,
  NotFoundError,
  SlotUnavailableError,
  UnauthenticatedError,
  ValidationError,
  type FieldError,
} from './error-classes.js';

export const ErrorCodeEnum = builder.enumType('ErrorCode', { values: ERROR_CODES });

export const ErrorInterface = builder.interfaceRef<AppError>('Error').implement({
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.field({ type: ErrorCodeEnum, resolve: (error) => error.code }),
  }),
});

const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  fields: (t) => ({
    path: t.exposeString('path'),
    message: t.exposeString('message'),
  }),
});

for (const [errorClass, name] of [
  [UnauthenticatedError, 'UnauthenticatedError'],
  [ForbiddenError, 'ForbiddenError'],
  [NotFoundError, 'NotFoundError'],
  [SlotUnavailableError, 'SlotUnavailableError'],
  [CancellationClosedError, 'CancellationClosedError'],
] as const) {
  builder.objectType(errorClass, { name, interfaces: [ErrorInterface], isTypeOf: (value) => value instanceof errorClass });
}

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    fields: t.field({ type: [FieldErrorRef], resolve: (error) => error.fields }),
  }),
});
