import { graphql } from '../../../gql';

export const AdminAppointmentsQuery = graphql(`
  query AdminAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {
    providerProfile {
      timezone
    }
    appointments(filter: $filter, sort: $sort, first: 20, after: $after) {
      edges {
        node {
          id
          startTime
          endTime
          status
          notes
          cancelReason
          user {
            id
            name
            email
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($from: DateTime!, $to: DateTime!, $now: DateTime!, $weekEnd: DateTime!) {
    providerProfile {
      displayName
      timezone
    }
    analytics(from: $from, to: $to) {
      appointments
      cancellationRate
      noShowRate
      utilization
      leadTimeHoursMedian
      perWeek {
        weekStart
        booked
        cancelled
      }
      byWeekday {
        weekday
        count
      }
      byHour {
        hour
        count
      }
    }
    appointments(filter: { status: [SCHEDULED], from: $now, to: $weekEnd }, sort: START_TIME_ASC, first: 50) {
      edges {
        node {
          id
          startTime
          endTime
          notes
          user {
            name
            email
          }
        }
      }
    }
  }
`);

export const MarkMutation = graphql(`
  mutation Mark($id: ID!, $status: AppointmentOutcome!) {
    setAppointmentStatus(input: { id: $id, status: $status }) {
      __typename
      ... on SetAppointmentStatusSuccess {
        appointment {
          id
          status
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const AdminCancelMutation = graphql(`
  mutation AdminCancel($id: ID!, $reason: String) {
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
      }
    }
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      scopes
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateKeyMutation = graphql(`
  mutation CreateKey($name: String!, $scopes: [ApiScope!]!) {
    createApiKey(input: { name: $name, scopes: $scopes }) {
      __typename
      ... on CreateApiKeySuccess {
        secret
        apiKey {
          id
        }
      }
      ... on ValidationError {
        fields {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const RevokeKeyMutation = graphql(`
  mutation RevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      __typename
    }
  }
`);

export const AvailabilitySettingsQuery = graphql(`
  query AvailabilitySettings {
    availability {
      timezone
      slotMinutes
      bufferMinutes
      weeklyHours {
        weekday
        start
        end
      }
      dateOverrides {
        date
        closed
        hours {
          start
          end
        }
      }
    }
    bookingPolicy {
      cancellationNoticeHours
      minBookingNoticeHours
      maxDaysAhead
      maxActiveAppointmentsPerClient
      maxChangesPerClientPerDay
    }
  }
`);

export const SaveHoursMutation = graphql(`
  mutation SaveHours($input: UpdateAvailabilityInput!) {
    updateAvailability(input: $input) {
      __typename
      ... on ValidationError {
        fields {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const SavePolicyMutation = graphql(`
  mutation SavePolicy($input: UpdateBookingPolicyInput!) {
    updateBookingPolicy(input: $input) {
      __typename
      ... on ValidationError {
        fields {
          path
          message
        }
      }
    }
  }
`);

export const PreviewQuery = graphql(`
  query PreviewGeneration($from: String!, $to: String!) {
    previewSlotGeneration(input: { from: $from, to: $to }) {
      wouldCreate
      alreadyThere
      inThePast
    }
  }
`);

export const GenerateMutation = graphql(`
  mutation Generate($from: String!, $to: String!) {
    generateSlots(input: { from: $from, to: $to }) {
      __typename
      ... on GenerateSlotsSuccess {
        created
        skipped
      }
      ... on ValidationError {
        fields {
          message
        }
      }
    }
  }
`);

export const SetOverrideMutation = graphql(`
  mutation SetOverride($input: SetDateOverrideInput!) {
    setDateOverride(input: $input) {
      __typename
      ... on ValidationError {
        fields {
          message
        }
      }
    }
  }
`);

export const RemoveOverrideMutation = graphql(`
  mutation RemoveOverride($date: String!) {
    removeDateOverride(date: $date) {
      __typename
    }
  }
`);

export const ProviderSlotsQuery = graphql(`
  query ProviderSlots($from: DateTime!, $to: DateTime!) {
    providerProfile {
      timezone
    }
    providerSlots(from: $from, to: $to) {
      id
      startTime
      endTime
      isBlocked
      isBusyInCalendar
      appointment {
        id
        status
        user {
          name
        }
      }
    }
  }
`);

export const BlockSlotMutation = graphql(`
  mutation BlockSlot($slotId: ID!, $blocked: Boolean!) {
    setSlotBlocked(input: { slotId: $slotId, blocked: $blocked }) {
      __typename
    }
  }
`);

export const EmailDeliveryHealthQuery = graphql(`
  query EmailDeliveryHealth {
    emailDeliveryHealth {
      status
      oldestQueuedAt
      queued
      failed
      serviceDown
      lastError
    }
  }
`);

export const RetryFailedEmailsMutation = graphql(`
  mutation RetryFailedEmails {
    retryFailedEmails {
      __typename
      ... on RetryFailedEmailsSuccess {
        requeued
      }
      ... on Error {
        message
      }
    }
  }
`);
