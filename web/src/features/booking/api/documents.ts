import { graphql } from '../../../gql';

export const FreeSlotsQuery = graphql(`
  query FreeSlots($from: DateTime!, $to: DateTime!) {
    availableSlots(from: $from, to: $to) {
      id
      startTime
      endTime
      isAvailable
    }
  }
`);

export const SlotsChangedSubscription = graphql(`
  subscription SlotsChanged($from: DateTime!, $to: DateTime!) {
    slotsChanged(from: $from, to: $to) {
      id
      startTime
      endTime
      isAvailable
    }
  }
`);

export const SlotsResyncSubscription = graphql(`
  subscription SlotsResync {
    slotsResyncRequired
  }
`);

export const BookingContextQuery = graphql(`
  query BookingContext {
    me {
      id
      timezone
    }
    bookingPolicy {
      timezone
      slotMinutes
      cancellationNoticeHours
      minBookingNoticeHours
    }
    providerProfile {
      displayName
    }
  }
`);

export const SaveTimezoneMutation = graphql(`
  mutation SaveTimezone($timezone: String!) {
    updateMyProfile(input: { timezone: $timezone }) {
      __typename
      ... on UpdateMyProfileSuccess {
        user {
          id
          timezone
        }
      }
    }
  }
`);

export const BookMutation = graphql(`
  mutation Book($slotId: ID!, $notes: String) {
    bookAppointment(input: { slotId: $slotId, notes: $notes }) {
      __typename
      ... on BookAppointmentSuccess {
        appointment {
          id
          startTime
          endTime
          status
          notes
        }
      }
      ... on Error {
        message
        code
      }
      ... on ValidationError {
        fields {
          path
          message
        }
      }
    }
  }
`);

export const RescheduleMutation = graphql(`
  mutation Reschedule($id: ID!, $slotId: ID!) {
    rescheduleAppointment(input: { id: $id, slotId: $slotId }) {
      __typename
      ... on RescheduleAppointmentSuccess {
        appointment {
          id
          startTime
          endTime
          status
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);
