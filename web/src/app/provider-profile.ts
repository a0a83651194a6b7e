import { graphql } from '../gql';

export const ProviderProfileQuery = graphql(`
  query ProviderProfile {
    providerProfile {
      displayName
      headline
      contactEmail
      phone
    }
  }
`);
