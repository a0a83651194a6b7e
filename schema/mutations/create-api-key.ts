import { z } from 'zod';
import { API_SCOPES } from '../../api/auth/api-keys.js';
import { createApiKey } from '../../api/auth/create-api-key.js';
import { revokeApiKey } from '../../api/auth/revoke-api-key.js';
import type { ApiKey } from '../../api/generated/prisma/client.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { line } from '../inputs.js';
import { ApiKeyRef, ApiScopeEnum } from '../nodes/api-key.js';
import { mutationUnion } from './mutation-result.js';

const CreateApiKeyInput = builder
  .inputType('CreateApiKeyInput', {
    fields: (t) => ({
      name: t.string({ required: true, description: 'What the key is for, e.g. "Website widget". 1 to 100 characters.' }),
      scopes: t.field({ type: [ApiScopeEnum], required: true }),
    }),
  })
  .validate(
    z.strictObject({
      name: line('The name').trim().min(1, { message: 'Give the key a name.' }).max(100, { message: 'The name can be at most 100 characters.' }),
      scopes: z.array(z.enum(API_SCOPES)).min(1, { message: 'Choose at least one scope.' }),
    }),
  );

const CreateApiKeySuccess = builder.objectRef<{ apiKey: ApiKey; secret: string }>('CreateApiKeySuccess').implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, resolve: (result) => result.apiKey }),
    secret: t.exposeString('secret', { description: 'Send as "Authorization: ApiKey <secret>". Shown this once; only a hash is kept.' }),
  }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreateApiKeySuccess,
    authScopes: { provider: true },
    errors: mutationUnion('CreateApiKey', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: async (_root, args, context) => createApiKey(context, { ...args.input, createdById: context.viewer!.user.id }),
  }),
);

const RevokeApiKeySuccess = builder.objectRef<{ apiKey: ApiKey }>('RevokeApiKeySuccess').implement({
  fields: (t) => ({ apiKey: t.field({ type: ApiKeyRef, resolve: (result) => result.apiKey }) }),
});

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: RevokeApiKeySuccess,
    description: 'Stops the key from working, within 30 seconds on every instance.',
    authScopes: { provider: true },
    errors: mutationUnion('RevokeApiKey', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { id: t.arg.id({ required: true }).validate(z.uuid({ message: 'Not a valid key id.' })) },
    resolve: async (_root, args, context) => {
      const result = await revokeApiKey(context, args.id);
      if (result.outcome === 'not-found') throw new ValidationError([{ path: 'id', message: 'No such key.' }]);
      return result;
    },
  }),
);
