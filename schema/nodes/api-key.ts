import { type API_SCOPES } from '../../api/auth/api-keys.js';
import { builder } from '../builder.js';

export const ApiScopeEnum = builder.enumType('ApiScope', {
  values: {
    AVAILABILITY_READ: { value: 'availability:read', description: "Read the provider's availability settings." },
    APPOINTMENTS_READ: { value: 'appointments:read', description: 'Read every appointment.' },
    APPOINTMENTS_WRITE: { value: 'appointments:write', description: 'Cancel and reschedule any appointment.' },
  } as const,
});

export const ApiKeyRef = builder.prismaObject('ApiKey', {
  description: 'A key for a third-party integration. The secret itself is shown only once, at creation.',
  authScopes: { provider: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters of the key, to recognise it.' }),
    scopes: t.field({ type: [ApiScopeEnum], resolve: (key) => key.scopes as (typeof API_SCOPES)[number][] }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.prismaField({
    type: ['ApiKey'],
    description: 'The provider only.',
    authScopes: { provider: true },
    resolve: (query, _root, _args, context) => context.prisma.apiKey.findMany({ ...query, orderBy: { createdAt: 'desc' } }),
  }),
);
