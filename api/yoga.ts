import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { schema } from '../schema/index.js';
import type { Context } from '../schema/context.js';
import type { Services } from './services.js';
import type { Authentication } from './auth/viewer.js';
import { contextFor } from '../schema/context.js';
import { isDatabaseUnavailable } from './db/database-errors.js';

/** What the edge hands Yoga with every HTTP request and WebSocket operation. */
export interface ServerContext {
  auth: Authentication;
}
export type AppYoga = YogaServerInstance<ServerContext, Context>;

// Bounds that stop abusive documents before they are executed.
const armor = new EnvelopArmor({
  // Introspection counts too, and the standard introspection query (GraphiQL, codegen) is 21 deep.
  maxDepth: { n: 25, ignoreIntrospection: false },
  maxAliases: { n: 15 },
  maxDirectives: { n: 10 },
  maxTokens: { n: 2_000 },
  costLimit: { maxCost: 5_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
});

export function createAppYoga(services: Services, options: { graphiql: boolean; introspection: boolean; plugins?: Plugin[] }): AppYoga {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.graphiql ? { title: 'Slotline GraphQL', subscriptionsProtocol: 'WS' } : false,
    // The edge (Fastify) answers CORS; Yoga must not add headers of its own.
    cors: false,
    context: (initial) => contextFor(services, initial.auth),
    plugins: [
      ...armor.protect().plugins,
      // Requests a browser could send cross-site without a preflight (GET, form posts) must
      // carry this header, so another site cannot make a visitor's browser call the API.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
      ...(options.introspection ? [] : [noIntrospection]),
      ...(options.plugins ?? []),
    ],
    logging: {
      debug: (...args) => services.logger.debug({ yoga: args }, 'yoga'),
      info: (...args) => services.logger.info({ yoga: args }, 'yoga'),
      warn: (...args) => services.logger.warn({ yoga: args }, 'yoga'),
      error: (...args) => services.logger.error({ yoga: args }, 'yoga'),
    },
    maskedErrors: {
      // Unexpected errors are logged with their stack and reach the client only as a generic message.
      // Never the original text, in development neither: it can hold SQL and data.
      maskError: (error, message) => {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original && isDatabaseUnavailable(original)) {
          services.logger.warn({ err: (original as Error).message }, 'database unavailable while executing GraphQL');
          return new GraphQLError('The service is busy or restarting; please try again in a moment.', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
        }
        if (original && !(original instanceof GraphQLError)) {
          services.logger.error({ err: original }, 'unexpected error while executing GraphQL');
        }
        return maskError(error, message, false);
      },
    },
  });
}

/**
 * Refuses introspection in validation, which runs for WebSocket operations too (Yoga's own
 * plugin decides per HTTP request, so a socket slipped past it).
 */
const noIntrospection: Plugin = {
  onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule),
};
