import { z } from 'zod';
import { API_SCOPES, generateApiKey } from '../../api/auth/api-keys.js';
import type { ApiKey } from '../../api/generated/prisma/client.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { line } from '../inputs.js';
import { ApiKeyRef, ApiScopeEnum } from '../nodes/api-key.js';
import { parseInput } from '../validation.js';
import { mutationUnion } from './mutation-result.js';

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'What the key is for, e.g. "Website widget". 1 to 100 characters.' }),
    scopes: t.field({ type: [ApiScopeEnum], required: true }),
  }),
});

const CreateApiKeySuccess = builder.objectRef<{ apiKey: ApiKey; secret: string }>('CreateApiKeySuccess').implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, resolve: (result) => result.apiKey }),
    secret: t.exposeString('secret', { description: 'Send as "Authorization: ApiKey <secret>". Shown this once; only a hash is kept.' }),
  }),
});

const keySchema = z.object({
  name: line('The name').trim().min(1, { message: 'Give the key a name.' }).max(100, { message: 'The name can be at most 100 characters.' }),
  scopes: z.array(z.enum(API_SCOPES)).min(1, { message: 'Choose at least one scope.' }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreateApiKeySuccess,
    authScopes: { provider: true },
    errors: mutationUnion('CreateApiKey', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(keySchema, args.input);
      const { key, prefix, hash } = generateApiKey();
      const apiKey = await context.prisma.apiKey.create({
        data: { name: input.name, scopes: [...new Set(input.scopes)], prefix, hash, createdById: context.viewer!.user.id },
      });
      return { apiKey, secret: key };
    },
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
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const keyId = parseInput(z.uuid({ message: 'Not a valid key id.' }), id, 'id');
      const existing = await context.prisma.apiKey.findUnique({ where: { id: keyId } });
      if (!existing) throw new ValidationError([{ path: 'id', message: 'No such key.' }]);
      const apiKey = await context.prisma.apiKey.update({ where: { id: keyId }, data: { revokedAt: existing.revokedAt ?? context.now() } });
      context.apiKeys.forget();
      return { apiKey };
    },
  }),
);
