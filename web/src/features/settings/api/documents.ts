import { graphql } from '../../../gql';

export const SettingsQuery = graphql(`
  query Settings {
    me {
      id
      email
      name
      timezone
      googleCalendar {
        available
        status
      }
    }
  }
`);

export const ConnectCalendarMutation = graphql(`
  mutation ConnectCalendar {
    connectGoogleCalendar {
      __typename
      ... on ConnectGoogleCalendarSuccess {
        authorizationUrl
      }
      ... on Error {
        message
      }
    }
  }
`);

export const DisconnectCalendarMutation = graphql(`
  mutation DisconnectCalendar {
    disconnectGoogleCalendar {
      __typename
    }
  }
`);

export const EmailsQuery = graphql(`
  query Emails($after: String) {
    emails(first: 20, after: $after) {
      edges {
        node {
          id
          kind
          to
          subject
          status
          transport
          html
          lastError
          createdAt
          sentAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RetryEmailMutation = graphql(`
  mutation RetryEmail($id: ID!) {
    retryEmail(id: $id) {
      __typename
      ... on RetryEmailSuccess {
        email {
          id
          status
          lastError
        }
      }
      ... on Error {
        message
      }
    }
  }
`);
