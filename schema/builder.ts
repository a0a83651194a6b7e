import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type PrismaTypes from '../api/generated/pothos-prisma-types.js';
import { getDatamodel } from '../api/generated/pothos-prisma-types.js';
import type { ApiScope } from '../api/auth/api-keys.js';
import type { Context } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './error-classes.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { signedIn: boolean; provider: boolean; apiScope: ApiScope };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    ID: { Input: string; Output: string };
  };
}>({
  // Errors wraps scope-auth so that auth failures on mutations become typed union results.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      signedIn: context.viewer !== null,
      provider: context.viewer?.user.role === 'PROVIDER',
      apiScope: (scope) => context.apiKey?.scopes.includes(scope) ?? false,
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
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  errors: { defaultTypes: [] },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
