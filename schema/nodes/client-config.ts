import type { ClientConfig } from '../../api/services.js';
import { builder } from '../builder.js';

const AuthModeEnum = builder.enumType('AuthMode', {
  values: { DEV: { value: 'dev' }, FIREBASE: { value: 'firebase' } } as const,
});

const FirebaseWebConfigRef = builder.objectRef<NonNullable<ClientConfig['firebase']>>('FirebaseWebConfig').implement({
  description: 'The Firebase web app configuration (public by design: it identifies the project, it grants nothing).',
  fields: (t) => ({
    apiKey: t.exposeString('apiKey'),
    authDomain: t.exposeString('authDomain'),
    projectId: t.exposeString('projectId'),
    authEmulatorUrl: t.exposeString('authEmulatorUrl', {
      nullable: true,
      description: 'The Firebase Auth emulator the web app signs in against; only ever set outside production.',
    }),
  }),
});

const ClientConfigRef = builder.objectRef<ClientConfig>('ClientConfig').implement({
  description: 'How clients sign in to this server. Public.',
  fields: (t) => ({
    authMode: t.field({ type: AuthModeEnum, resolve: (config) => config.authMode }),
    firebase: t.field({ type: FirebaseWebConfigRef, nullable: true, resolve: (config) => config.firebase }),
  }),
});

builder.queryField('clientConfig', (t) => t.field({ type: ClientConfigRef, resolve: (_root, _args, context) => context.clientConfig }));
