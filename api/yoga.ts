import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { schema } from '../schema/index.js';
import type { Context, Services } from '../schema/context.js';
import { authorizationOf, createContext } from './context.js';

export type ServerContext = Record<string, unknown>;
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

export function createAppYoga(
  services: Services,
  options: { graphiql: boolean; introspection: boolean; production: boolean },
): AppYoga {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.graphiql ? { title: 'Slotline GraphQL', subscriptionsProtocol: 'WS' } : false,
    context: (initial) => createContext(services, authorizationOf(initial as Parameters<typeof authorizationOf>[0])),
    plugins: [
      ...armor.protect().plugins,
      // Requests a browser could send cross-site without a preflight (GET, form posts) must
      // carry this header, so another site cannot make a visitor's browser call the API.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
      ...(options.introspection ? [] : [useDisableIntrospection()]),
    ],
    logging: {
      debug: (...args) => services.logger.debug({ yoga: args }, 'yoga'),
      info: (...args) => services.logger.info({ yoga: args }, 'yoga'),
      warn: (...args) => services.logger.warn({ yoga: args }, 'yoga'),
      error: (...args) => services.logger.error({ yoga: args }, 'yoga'),
    },
    maskedErrors: {
      // Unexpected errors are logged with their stack and reach the client only as a generic message.
      maskError: (error, message, isDev) => {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original && !(original instanceof GraphQLError)) {
          services.logger.error({ err: original }, 'unexpected error while executing GraphQL');
        }
        return maskError(error, message, isDev && !options.production);
      },
    },
  });
}

