import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from '../api/generated/pothos-prisma-types.js';
import { getDatamodel } from '../api/generated/pothos-prisma-types.js';
import type { ApiScope } from '../api/auth/api-keys.js';
import { hasApiScope, isProvider, isSignedIn, mayReadEmailTo, mayReadUser, readsAllAppointments } from '../api/auth/policies.js';
import type { Context } from './context.js';
import { GraphQLError } from 'graphql';
import { ForbiddenError, UnauthenticatedError } from './error-classes.js';
import { validationFailure } from './validation.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    signedIn: boolean;
    provider: boolean;
    apiScope: ApiScope;
    /** The provider, or a key with appointments:read. */
    allAppointments: boolean;
    /** The user with this id, or a caller who reads every appointment. */
    readsUser: string;
    /** The provider, or the person this address belongs to. */
    readsEmailTo: string;
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    ID: { Input: string; Output: string };
  };
}>({
  // Errors wraps scope-auth and validation so that their failures on mutations become typed union results.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      signedIn: isSignedIn(context),
      provider: isProvider(context),
      apiScope: (scope) => hasApiScope(context, scope),
      allAppointments: readsAllAppointments(context),
      readsUser: (userId) => mayReadUser(context, userId),
      readsEmailTo: (recipientEmail) => mayReadEmailTo(context, recipientEmail),
    }),
    unauthorizedError: (_parent, context) =>
      context.apiKey
        ? new ForbiddenError('This API key does not have the scope this needs.')
        : context.viewer
          ? new ForbiddenError('Only the provider may do this.')
          : new UnauthenticatedError(context.authProblem ?? 'Sign in to do this.'),
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    // A resolver that ignores `query` loads relations one parent at a time: fail loudly in development and tests.
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  // Validation failures become the mutation's ValidationError result. They are checked before
  // authorization, and only ever describe the caller's own input.
  errors: { defaultTypes: [], unsafelyHandleInputErrors: true },
  // Inputs carry their zod rules (`validate`), so the schema and the checks cannot drift.
  validation: { validationError: validationFailure },
  // Priced before any resolver runs, over HTTP and WebSocket alike: list fields multiply
  // what they select by how many items they can return (see availableSlots).
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: (context) => ({ complexity: context.maxQueryComplexity }),
    complexityError: (_kind, result) =>
      new GraphQLError(
        `This operation is too expensive (cost ${result.complexity}, at most ${result.maxComplexity ?? 0}): ask for fewer items or a shorter period.`,
        {
          extensions: { code: 'QUERY_TOO_COMPLEX' },
        },
      ),
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
