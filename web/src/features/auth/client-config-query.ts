import { graphql } from '../../gql';

/** How this server signs people in; public, and the same for everyone. */
export const ClientConfigQuery = graphql(`
  query ClientConfig {
    clientConfig {
      authMode
      firebase {
        apiKey
        authDomain
        projectId
        authEmulatorUrl
      }
    }
  }
`);
