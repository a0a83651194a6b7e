import { graphql } from '../../../gql';

export const MyAppointmentsQuery = graphql(`
  query MyAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {
    me {
      id
      timezone
    }
    myAppointments(filter: $filter, sort: $sort, first: 10, after: $after) {
      edges {
        node {
          id
          startTime
          endTime
          status
          notes
          cancelReason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AppointmentDetailsQuery = graphql(`
  query AppointmentDetails($id: ID!) {
    me {
      id
      timezone
    }
    bookingPolicy {
      cancellationNoticeHours
    }
    providerProfile {
      displayName
    }
    appointment(id: $id) {
      id
      startTime
      endTime
      status
      notes
      cancelReason
      createdAt
    }
  }
`);

export const CancelMutation = graphql(`
  mutation Cancel($id: ID!, $reason: String) {
    cancelAppointment(input: { id: $id, reason: $reason }) {
      __typename
      ... on CancelAppointmentSuccess {
        appointment {
          id
          status
          cancelReason
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);
