import { graphql } from '../../../gql';

export const ClientConfigQuery = graphql(`
  query ClientConfig {
    clientConfig {
      authMode
      firebase {
        apiKey
        authDomain
        projectId
      }
    }
  }
`);

export const DevSignInMutation = graphql(`
  mutation DevSignIn($email: String!, $name: String) {
    devSignIn(email: $email, name: $name) {
      token
      user {
        id
        email
        name
        role
      }
    }
  }
`);

export const WhoAmIQuery = graphql(`
  query WhoAmI {
    me {
      id
      email
      name
      role
    }
  }
`);
