/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ProviderProfile {\n    providerProfile {\n      displayName\n      headline\n      contactEmail\n      phone\n    }\n  }\n": typeof types.ProviderProfileDocument,
    "\n  fragment AdminAppointmentRow_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    notes\n    cancelReason\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.AdminAppointmentRow_AppointmentFragmentDoc,
    "\n  mutation AdminCancel($id: ID!, $reason: String) {\n    cancelAppointment(input: { id: $id, reason: $reason }) {\n      __typename\n      ... on CancelAppointmentSuccess {\n        appointment {\n          id\n          status\n          cancelReason\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.AdminCancelDocument,
    "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    revokedAt\n  }\n": typeof types.ApiKeyRow_ApiKeyFragmentDoc,
    "\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on RevokeApiKeySuccess {\n        apiKey {\n          id\n          revokedAt\n        }\n      }\n    }\n  }\n": typeof types.RevokeKeyDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(input: { name: $name, scopes: $scopes }) {\n      __typename\n      ... on CreateApiKeySuccess {\n        secret\n        apiKey {\n          id\n          ...ApiKeyRow_apiKey\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.CreateKeyDocument,
    "\n  query AdminAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {\n    providerProfile {\n      timezone\n    }\n    appointments(filter: $filter, sort: $sort, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          ...AdminAppointmentRow_appointment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminAppointmentsDocument,
    "\n  query AvailabilitySettings {\n    availability {\n      ...WeeklyHoursEditor_availability\n      ...BookingRulesEditor_availability\n      ...SlotGenerator_availability\n    }\n    bookingPolicy {\n      ...BookingRulesEditor_policy\n    }\n  }\n": typeof types.AvailabilitySettingsDocument,
    "\n  fragment BookingRulesEditor_policy on BookingPolicy {\n    cancellationNoticeHours\n    minBookingNoticeHours\n    maxDaysAhead\n    maxActiveAppointmentsPerClient\n    maxChangesPerClientPerDay\n  }\n": typeof types.BookingRulesEditor_PolicyFragmentDoc,
    "\n  fragment BookingRulesEditor_availability on Availability {\n    bufferMinutes\n  }\n": typeof types.BookingRulesEditor_AvailabilityFragmentDoc,
    "\n  mutation SavePolicy($input: UpdateBookingPolicyInput!) {\n    updateBookingPolicy(input: $input) {\n      __typename\n      ... on UpdateBookingPolicySuccess {\n        policy {\n          ...BookingRulesEditor_policy\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.SavePolicyDocument,
    "\n  query Dashboard($from: DateTime!, $to: DateTime!, $now: DateTime!, $weekEnd: DateTime!, $outcomesFrom: DateTime!) {\n    providerProfile {\n      displayName\n      timezone\n    }\n    analytics(from: $from, to: $to) {\n      appointments\n      cancellationRate\n      noShowRate\n      utilization\n      leadTimeHoursMedian\n      perWeek {\n        weekStart\n        booked\n        cancelled\n      }\n      byWeekday {\n        weekday\n        count\n      }\n      byHour {\n        hour\n        count\n      }\n    }\n    needingOutcome: appointments(filter: { needsOutcome: true, from: $outcomesFrom }, sort: START_TIME_DESC, first: 20) {\n      edges {\n        node {\n          id\n          startTime\n          endTime\n          status\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n    appointments(filter: { status: [SCHEDULED], from: $now, to: $weekEnd }, sort: START_TIME_ASC, first: 50) {\n      edges {\n        node {\n          id\n          startTime\n          endTime\n          notes\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment DateOverrideEditor_availability on Availability {\n    timezone\n    dateOverrides {\n      date\n      closed\n      hours {\n        start\n        end\n      }\n    }\n  }\n": typeof types.DateOverrideEditor_AvailabilityFragmentDoc,
    "\n  query PreviewDateOverride($input: SetDateOverrideInput!) {\n    previewDateOverride(input: $input) {\n      ...SlotChangeReview_summary\n    }\n  }\n": typeof types.PreviewDateOverrideDocument,
    "\n  mutation SetOverride($input: SetDateOverrideInput!) {\n    setDateOverride(input: $input) {\n      __typename\n      ... on DateOverrideSuccess {\n        date\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SetOverrideDocument,
    "\n  mutation RemoveOverride($date: String!) {\n    removeDateOverride(date: $date) {\n      __typename\n      ... on DateOverrideSuccess {\n        date\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RemoveOverrideDocument,
    "\n  query EmailDeliveryHealth {\n    emailDeliveryHealth {\n      status\n      oldestQueuedAt\n      queued\n      failed\n      serviceDown\n      lastError\n    }\n  }\n": typeof types.EmailDeliveryHealthDocument,
    "\n  mutation RetryFailedEmails {\n    retryFailedEmails {\n      __typename\n      ... on RetryFailedEmailsSuccess {\n        requeued\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RetryFailedEmailsDocument,
    "\n  mutation Mark($id: ID!, $status: AppointmentOutcome!) {\n    setAppointmentStatus(input: { id: $id, status: $status }) {\n      __typename\n      ... on SetAppointmentStatusSuccess {\n        appointment {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.MarkDocument,
    "\n  query ProviderSlots($from: DateTime!, $to: DateTime!) {\n    providerProfile {\n      timezone\n    }\n    providerSlots(from: $from, to: $to) {\n      id\n      startTime\n      endTime\n      isBlocked\n      isBusyInCalendar\n      appointment {\n        id\n        status\n        notes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.ProviderSlotsDocument,
    "\n  mutation BlockSlot($slotId: ID!, $blocked: Boolean!) {\n    setSlotBlocked(input: { slotId: $slotId, blocked: $blocked }) {\n      __typename\n    }\n  }\n": typeof types.BlockSlotDocument,
    "\n  fragment SlotChangeCounts_summary on SlotChangeSummary {\n    opened\n    closed\n    bookedOutsideHours {\n      id\n    }\n  }\n": typeof types.SlotChangeCounts_SummaryFragmentDoc,
    "\n  fragment SlotChangeReview_summary on SlotChangeSummary {\n    ...SlotChangeCounts_summary\n    bookedOutsideHours {\n      id\n      startTime\n      user {\n        name\n        email\n      }\n    }\n  }\n": typeof types.SlotChangeReview_SummaryFragmentDoc,
    "\n  fragment SlotGenerator_availability on Availability {\n    ...DateOverrideEditor_availability\n  }\n": typeof types.SlotGenerator_AvailabilityFragmentDoc,
    "\n  query PreviewGeneration($from: String!, $to: String!) {\n    previewSlotGeneration(input: { from: $from, to: $to }) {\n      wouldCreate\n      alreadyThere\n      inThePast\n    }\n  }\n": typeof types.PreviewGenerationDocument,
    "\n  mutation Generate($from: String!, $to: String!) {\n    generateSlots(input: { from: $from, to: $to }) {\n      __typename\n      ... on GenerateSlotsSuccess {\n        created\n        skipped\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.GenerateDocument,
    "\n  fragment WeeklyHoursEditor_availability on Availability {\n    timezone\n    slotMinutes\n    weeklyHours {\n      weekday\n      start\n      end\n    }\n  }\n": typeof types.WeeklyHoursEditor_AvailabilityFragmentDoc,
    "\n  query PreviewHours($input: UpdateAvailabilityInput!) {\n    previewAvailabilityChange(input: $input) {\n      ...SlotChangeReview_summary\n    }\n  }\n": typeof types.PreviewHoursDocument,
    "\n  mutation SaveHours($input: UpdateAvailabilityInput!) {\n    updateAvailability(input: $input) {\n      __typename\n      ... on UpdateAvailabilitySuccess {\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SaveHoursDocument,
    "\n  query AppointmentDetails($id: ID!) {\n    me {\n      id\n      timezone\n    }\n    bookingPolicy {\n      cancellationNoticeHours\n    }\n    providerProfile {\n      displayName\n      contactEmail\n    }\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      status\n      notes\n      cancelReason\n      createdAt\n    }\n  }\n": typeof types.AppointmentDetailsDocument,
    "\n  mutation Cancel($id: ID!, $reason: String) {\n    cancelAppointment(input: { id: $id, reason: $reason }) {\n      __typename\n      ... on CancelAppointmentSuccess {\n        appointment {\n          id\n          status\n          cancelReason\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.CancelDocument,
    "\n  fragment AppointmentListItem_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    notes\n  }\n": typeof types.AppointmentListItem_AppointmentFragmentDoc,
    "\n  query MyAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {\n    me {\n      id\n      timezone\n    }\n    myAppointments(filter: $filter, sort: $sort, first: 10, after: $after) {\n      edges {\n        node {\n          id\n          ...AppointmentListItem_appointment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyAppointmentsDocument,
    "\n  query ClientConfig {\n    clientConfig {\n      authMode\n      firebase {\n        apiKey\n        authDomain\n        projectId\n        authEmulatorUrl\n      }\n    }\n  }\n": typeof types.ClientConfigDocument,
    "\n  mutation DevSignIn($email: String!, $name: String) {\n    devSignIn(email: $email, name: $name) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": typeof types.DevSignInDocument,
    "\n  query WhoAmI {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.WhoAmIDocument,
    "\n  query BookingContext {\n    me {\n      id\n      timezone\n    }\n    bookingPolicy {\n      timezone\n      slotMinutes\n      cancellationNoticeHours\n      minBookingNoticeHours\n      maxDaysAhead\n    }\n    providerProfile {\n      displayName\n      contactEmail\n    }\n  }\n": typeof types.BookingContextDocument,
    "\n  mutation SaveTimezone($timezone: String!) {\n    updateMyProfile(input: { timezone: $timezone }) {\n      __typename\n      ... on UpdateMyProfileSuccess {\n        user {\n          id\n          timezone\n        }\n      }\n    }\n  }\n": typeof types.SaveTimezoneDocument,
    "\n  query Booked($id: ID!) {\n    me {\n      id\n      timezone\n    }\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      notes\n      calendarSequence\n      calendarOrganizer {\n        name\n        email\n      }\n      user {\n        id\n        email\n      }\n    }\n    providerProfile {\n      location\n    }\n  }\n": typeof types.BookedDocument,
    "\n  query MovingAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      status\n    }\n  }\n": typeof types.MovingAppointmentDocument,
    "\n  mutation Book($slotId: ID!, $notes: String) {\n    bookAppointment(input: { slotId: $slotId, notes: $notes }) {\n      __typename\n      ... on BookAppointmentSuccess {\n        appointment {\n          id\n          startTime\n          endTime\n          status\n          notes\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.BookDocument,
    "\n  mutation Reschedule($id: ID!, $slotId: ID!) {\n    rescheduleAppointment(input: { id: $id, slotId: $slotId }) {\n      __typename\n      ... on RescheduleAppointmentSuccess {\n        appointment {\n          id\n          startTime\n          endTime\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": typeof types.RescheduleDocument,
    "\n  fragment LiveSlot on TimeSlot {\n    id\n    startTime\n    endTime\n    isAvailable\n  }\n": typeof types.LiveSlotFragmentDoc,
    "\n  query FreeSlots($from: DateTime!, $to: DateTime!) {\n    availableSlots(from: $from, to: $to) {\n      ...LiveSlot\n    }\n  }\n": typeof types.FreeSlotsDocument,
    "\n  subscription SlotsChanged($from: DateTime!, $to: DateTime!) {\n    slotsChanged(from: $from, to: $to) {\n      ...LiveSlot\n    }\n  }\n": typeof types.SlotsChangedDocument,
    "\n  subscription SlotsResync {\n    slotsResyncRequired\n  }\n": typeof types.SlotsResyncDocument,
    "\n  query NextFreeSlots($from: DateTime!, $to: DateTime!) {\n    availableSlots(from: $from, to: $to) {\n      id\n      startTime\n    }\n  }\n": typeof types.NextFreeSlotsDocument,
    "\n  fragment CalendarConnection_user on User {\n    googleCalendar {\n      available\n      status\n    }\n  }\n": typeof types.CalendarConnection_UserFragmentDoc,
    "\n  mutation ConnectCalendar {\n    connectGoogleCalendar {\n      __typename\n      ... on ConnectGoogleCalendarSuccess {\n        authorizationUrl\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ConnectCalendarDocument,
    "\n  mutation DisconnectCalendar {\n    disconnectGoogleCalendar {\n      __typename\n    }\n  }\n": typeof types.DisconnectCalendarDocument,
    "\n  query Emails($after: String) {\n    emails(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          to\n          subject\n          status\n          transport\n          html\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EmailsDocument,
    "\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id) {\n      __typename\n      ... on RetryEmailSuccess {\n        email {\n          id\n          status\n          lastError\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RetryEmailDocument,
    "\n  query ProfileForm {\n    providerProfile {\n      displayName\n      headline\n      contactEmail\n      phone\n      website\n      location\n    }\n  }\n": typeof types.ProfileFormDocument,
    "\n  mutation SaveProfile($input: UpdateProviderProfileInput!) {\n    updateProviderProfile(input: $input) {\n      __typename\n      ... on UpdateProviderProfileSuccess {\n        profile {\n          displayName\n          headline\n          contactEmail\n          phone\n          website\n          location\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.SaveProfileDocument,
    "\n  query Settings {\n    me {\n      id\n      email\n      name\n      role\n      ...CalendarConnection_user\n      ...TimeZoneSettings_user\n    }\n  }\n": typeof types.SettingsDocument,
    "\n  fragment TimeZoneSettings_user on User {\n    id\n    timezone\n  }\n": typeof types.TimeZoneSettings_UserFragmentDoc,
    "\n  mutation SaveMyTimeZone($timezone: String!) {\n    updateMyProfile(input: { timezone: $timezone }) {\n      __typename\n      ... on UpdateMyProfileSuccess {\n        user {\n          id\n          timezone\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.SaveMyTimeZoneDocument,
    "\n  mutation SetInitialTimeZone($timezone: String!) {\n    setInitialTimeZone(input: { timezone: $timezone }) {\n      __typename\n      ... on SetInitialTimeZoneSuccess {\n        adopted\n        user {\n          id\n          timezone\n        }\n      }\n    }\n  }\n": typeof types.SetInitialTimeZoneDocument,
    "\n  fragment BlockedSlot on ProviderSlot {\n    id\n    isBlocked\n  }\n": typeof types.BlockedSlotFragmentDoc,
};
const documents: Documents = {
    "\n  query ProviderProfile {\n    providerProfile {\n      displayName\n      headline\n      contactEmail\n      phone\n    }\n  }\n": types.ProviderProfileDocument,
    "\n  fragment AdminAppointmentRow_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    notes\n    cancelReason\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.AdminAppointmentRow_AppointmentFragmentDoc,
    "\n  mutation AdminCancel($id: ID!, $reason: String) {\n    cancelAppointment(input: { id: $id, reason: $reason }) {\n      __typename\n      ... on CancelAppointmentSuccess {\n        appointment {\n          id\n          status\n          cancelReason\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.AdminCancelDocument,
    "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    revokedAt\n  }\n": types.ApiKeyRow_ApiKeyFragmentDoc,
    "\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on RevokeApiKeySuccess {\n        apiKey {\n          id\n          revokedAt\n        }\n      }\n    }\n  }\n": types.RevokeKeyDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(input: { name: $name, scopes: $scopes }) {\n      __typename\n      ... on CreateApiKeySuccess {\n        secret\n        apiKey {\n          id\n          ...ApiKeyRow_apiKey\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.CreateKeyDocument,
    "\n  query AdminAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {\n    providerProfile {\n      timezone\n    }\n    appointments(filter: $filter, sort: $sort, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          ...AdminAppointmentRow_appointment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminAppointmentsDocument,
    "\n  query AvailabilitySettings {\n    availability {\n      ...WeeklyHoursEditor_availability\n      ...BookingRulesEditor_availability\n      ...SlotGenerator_availability\n    }\n    bookingPolicy {\n      ...BookingRulesEditor_policy\n    }\n  }\n": types.AvailabilitySettingsDocument,
    "\n  fragment BookingRulesEditor_policy on BookingPolicy {\n    cancellationNoticeHours\n    minBookingNoticeHours\n    maxDaysAhead\n    maxActiveAppointmentsPerClient\n    maxChangesPerClientPerDay\n  }\n": types.BookingRulesEditor_PolicyFragmentDoc,
    "\n  fragment BookingRulesEditor_availability on Availability {\n    bufferMinutes\n  }\n": types.BookingRulesEditor_AvailabilityFragmentDoc,
    "\n  mutation SavePolicy($input: UpdateBookingPolicyInput!) {\n    updateBookingPolicy(input: $input) {\n      __typename\n      ... on UpdateBookingPolicySuccess {\n        policy {\n          ...BookingRulesEditor_policy\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.SavePolicyDocument,
    "\n  query Dashboard($from: DateTime!, $to: DateTime!, $now: DateTime!, $weekEnd: DateTime!, $outcomesFrom: DateTime!) {\n    providerProfile {\n      displayName\n      timezone\n    }\n    analytics(from: $from, to: $to) {\n      appointments\n      cancellationRate\n      noShowRate\n      utilization\n      leadTimeHoursMedian\n      perWeek {\n        weekStart\n        booked\n        cancelled\n      }\n      byWeekday {\n        weekday\n        count\n      }\n      byHour {\n        hour\n        count\n      }\n    }\n    needingOutcome: appointments(filter: { needsOutcome: true, from: $outcomesFrom }, sort: START_TIME_DESC, first: 20) {\n      edges {\n        node {\n          id\n          startTime\n          endTime\n          status\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n    appointments(filter: { status: [SCHEDULED], from: $now, to: $weekEnd }, sort: START_TIME_ASC, first: 50) {\n      edges {\n        node {\n          id\n          startTime\n          endTime\n          notes\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment DateOverrideEditor_availability on Availability {\n    timezone\n    dateOverrides {\n      date\n      closed\n      hours {\n        start\n        end\n      }\n    }\n  }\n": types.DateOverrideEditor_AvailabilityFragmentDoc,
    "\n  query PreviewDateOverride($input: SetDateOverrideInput!) {\n    previewDateOverride(input: $input) {\n      ...SlotChangeReview_summary\n    }\n  }\n": types.PreviewDateOverrideDocument,
    "\n  mutation SetOverride($input: SetDateOverrideInput!) {\n    setDateOverride(input: $input) {\n      __typename\n      ... on DateOverrideSuccess {\n        date\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.SetOverrideDocument,
    "\n  mutation RemoveOverride($date: String!) {\n    removeDateOverride(date: $date) {\n      __typename\n      ... on DateOverrideSuccess {\n        date\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.RemoveOverrideDocument,
    "\n  query EmailDeliveryHealth {\n    emailDeliveryHealth {\n      status\n      oldestQueuedAt\n      queued\n      failed\n      serviceDown\n      lastError\n    }\n  }\n": types.EmailDeliveryHealthDocument,
    "\n  mutation RetryFailedEmails {\n    retryFailedEmails {\n      __typename\n      ... on RetryFailedEmailsSuccess {\n        requeued\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.RetryFailedEmailsDocument,
    "\n  mutation Mark($id: ID!, $status: AppointmentOutcome!) {\n    setAppointmentStatus(input: { id: $id, status: $status }) {\n      __typename\n      ... on SetAppointmentStatusSuccess {\n        appointment {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.MarkDocument,
    "\n  query ProviderSlots($from: DateTime!, $to: DateTime!) {\n    providerProfile {\n      timezone\n    }\n    providerSlots(from: $from, to: $to) {\n      id\n      startTime\n      endTime\n      isBlocked\n      isBusyInCalendar\n      appointment {\n        id\n        status\n        notes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.ProviderSlotsDocument,
    "\n  mutation BlockSlot($slotId: ID!, $blocked: Boolean!) {\n    setSlotBlocked(input: { slotId: $slotId, blocked: $blocked }) {\n      __typename\n    }\n  }\n": types.BlockSlotDocument,
    "\n  fragment SlotChangeCounts_summary on SlotChangeSummary {\n    opened\n    closed\n    bookedOutsideHours {\n      id\n    }\n  }\n": types.SlotChangeCounts_SummaryFragmentDoc,
    "\n  fragment SlotChangeReview_summary on SlotChangeSummary {\n    ...SlotChangeCounts_summary\n    bookedOutsideHours {\n      id\n      startTime\n      user {\n        name\n        email\n      }\n    }\n  }\n": types.SlotChangeReview_SummaryFragmentDoc,
    "\n  fragment SlotGenerator_availability on Availability {\n    ...DateOverrideEditor_availability\n  }\n": types.SlotGenerator_AvailabilityFragmentDoc,
    "\n  query PreviewGeneration($from: String!, $to: String!) {\n    previewSlotGeneration(input: { from: $from, to: $to }) {\n      wouldCreate\n      alreadyThere\n      inThePast\n    }\n  }\n": types.PreviewGenerationDocument,
    "\n  mutation Generate($from: String!, $to: String!) {\n    generateSlots(input: { from: $from, to: $to }) {\n      __typename\n      ... on GenerateSlotsSuccess {\n        created\n        skipped\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.GenerateDocument,
    "\n  fragment WeeklyHoursEditor_availability on Availability {\n    timezone\n    slotMinutes\n    weeklyHours {\n      weekday\n      start\n      end\n    }\n  }\n": types.WeeklyHoursEditor_AvailabilityFragmentDoc,
    "\n  query PreviewHours($input: UpdateAvailabilityInput!) {\n    previewAvailabilityChange(input: $input) {\n      ...SlotChangeReview_summary\n    }\n  }\n": types.PreviewHoursDocument,
    "\n  mutation SaveHours($input: UpdateAvailabilityInput!) {\n    updateAvailability(input: $input) {\n      __typename\n      ... on UpdateAvailabilitySuccess {\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.SaveHoursDocument,
    "\n  query AppointmentDetails($id: ID!) {\n    me {\n      id\n      timezone\n    }\n    bookingPolicy {\n      cancellationNoticeHours\n    }\n    providerProfile {\n      displayName\n      contactEmail\n    }\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      status\n      notes\n      cancelReason\n      createdAt\n    }\n  }\n": types.AppointmentDetailsDocument,
    "\n  mutation Cancel($id: ID!, $reason: String) {\n    cancelAppointment(input: { id: $id, reason: $reason }) {\n      __typename\n      ... on CancelAppointmentSuccess {\n        appointment {\n          id\n          status\n          cancelReason\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.CancelDocument,
    "\n  fragment AppointmentListItem_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    notes\n  }\n": types.AppointmentListItem_AppointmentFragmentDoc,
    "\n  query MyAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {\n    me {\n      id\n      timezone\n    }\n    myAppointments(filter: $filter, sort: $sort, first: 10, after: $after) {\n      edges {\n        node {\n          id\n          ...AppointmentListItem_appointment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyAppointmentsDocument,
    "\n  query ClientConfig {\n    clientConfig {\n      authMode\n      firebase {\n        apiKey\n        authDomain\n        projectId\n        authEmulatorUrl\n      }\n    }\n  }\n": types.ClientConfigDocument,
    "\n  mutation DevSignIn($email: String!, $name: String) {\n    devSignIn(email: $email, name: $name) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": types.DevSignInDocument,
    "\n  query WhoAmI {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": types.WhoAmIDocument,
    "\n  query BookingContext {\n    me {\n      id\n      timezone\n    }\n    bookingPolicy {\n      timezone\n      slotMinutes\n      cancellationNoticeHours\n      minBookingNoticeHours\n      maxDaysAhead\n    }\n    providerProfile {\n      displayName\n      contactEmail\n    }\n  }\n": types.BookingContextDocument,
    "\n  mutation SaveTimezone($timezone: String!) {\n    updateMyProfile(input: { timezone: $timezone }) {\n      __typename\n      ... on UpdateMyProfileSuccess {\n        user {\n          id\n          timezone\n        }\n      }\n    }\n  }\n": types.SaveTimezoneDocument,
    "\n  query Booked($id: ID!) {\n    me {\n      id\n      timezone\n    }\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      notes\n      calendarSequence\n      calendarOrganizer {\n        name\n        email\n      }\n      user {\n        id\n        email\n      }\n    }\n    providerProfile {\n      location\n    }\n  }\n": types.BookedDocument,
    "\n  query MovingAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      status\n    }\n  }\n": types.MovingAppointmentDocument,
    "\n  mutation Book($slotId: ID!, $notes: String) {\n    bookAppointment(input: { slotId: $slotId, notes: $notes }) {\n      __typename\n      ... on BookAppointmentSuccess {\n        appointment {\n          id\n          startTime\n          endTime\n          status\n          notes\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.BookDocument,
    "\n  mutation Reschedule($id: ID!, $slotId: ID!) {\n    rescheduleAppointment(input: { id: $id, slotId: $slotId }) {\n      __typename\n      ... on RescheduleAppointmentSuccess {\n        appointment {\n          id\n          startTime\n          endTime\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n": types.RescheduleDocument,
    "\n  fragment LiveSlot on TimeSlot {\n    id\n    startTime\n    endTime\n    isAvailable\n  }\n": types.LiveSlotFragmentDoc,
    "\n  query FreeSlots($from: DateTime!, $to: DateTime!) {\n    availableSlots(from: $from, to: $to) {\n      ...LiveSlot\n    }\n  }\n": types.FreeSlotsDocument,
    "\n  subscription SlotsChanged($from: DateTime!, $to: DateTime!) {\n    slotsChanged(from: $from, to: $to) {\n      ...LiveSlot\n    }\n  }\n": types.SlotsChangedDocument,
    "\n  subscription SlotsResync {\n    slotsResyncRequired\n  }\n": types.SlotsResyncDocument,
    "\n  query NextFreeSlots($from: DateTime!, $to: DateTime!) {\n    availableSlots(from: $from, to: $to) {\n      id\n      startTime\n    }\n  }\n": types.NextFreeSlotsDocument,
    "\n  fragment CalendarConnection_user on User {\n    googleCalendar {\n      available\n      status\n    }\n  }\n": types.CalendarConnection_UserFragmentDoc,
    "\n  mutation ConnectCalendar {\n    connectGoogleCalendar {\n      __typename\n      ... on ConnectGoogleCalendarSuccess {\n        authorizationUrl\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.ConnectCalendarDocument,
    "\n  mutation DisconnectCalendar {\n    disconnectGoogleCalendar {\n      __typename\n    }\n  }\n": types.DisconnectCalendarDocument,
    "\n  query Emails($after: String) {\n    emails(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          to\n          subject\n          status\n          transport\n          html\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EmailsDocument,
    "\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id) {\n      __typename\n      ... on RetryEmailSuccess {\n        email {\n          id\n          status\n          lastError\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.RetryEmailDocument,
    "\n  query ProfileForm {\n    providerProfile {\n      displayName\n      headline\n      contactEmail\n      phone\n      website\n      location\n    }\n  }\n": types.ProfileFormDocument,
    "\n  mutation SaveProfile($input: UpdateProviderProfileInput!) {\n    updateProviderProfile(input: $input) {\n      __typename\n      ... on UpdateProviderProfileSuccess {\n        profile {\n          displayName\n          headline\n          contactEmail\n          phone\n          website\n          location\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.SaveProfileDocument,
    "\n  query Settings {\n    me {\n      id\n      email\n      name\n      role\n      ...CalendarConnection_user\n      ...TimeZoneSettings_user\n    }\n  }\n": types.SettingsDocument,
    "\n  fragment TimeZoneSettings_user on User {\n    id\n    timezone\n  }\n": types.TimeZoneSettings_UserFragmentDoc,
    "\n  mutation SaveMyTimeZone($timezone: String!) {\n    updateMyProfile(input: { timezone: $timezone }) {\n      __typename\n      ... on UpdateMyProfileSuccess {\n        user {\n          id\n          timezone\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.SaveMyTimeZoneDocument,
    "\n  mutation SetInitialTimeZone($timezone: String!) {\n    setInitialTimeZone(input: { timezone: $timezone }) {\n      __typename\n      ... on SetInitialTimeZoneSuccess {\n        adopted\n        user {\n          id\n          timezone\n        }\n      }\n    }\n  }\n": types.SetInitialTimeZoneDocument,
    "\n  fragment BlockedSlot on ProviderSlot {\n    id\n    isBlocked\n  }\n": types.BlockedSlotFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderProfile {\n    providerProfile {\n      displayName\n      headline\n      contactEmail\n      phone\n    }\n  }\n"): (typeof documents)["\n  query ProviderProfile {\n    providerProfile {\n      displayName\n      headline\n      contactEmail\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAppointmentRow_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    notes\n    cancelReason\n    user {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment AdminAppointmentRow_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    notes\n    cancelReason\n    user {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancel($id: ID!, $reason: String) {\n    cancelAppointment(input: { id: $id, reason: $reason }) {\n      __typename\n      ... on CancelAppointmentSuccess {\n        appointment {\n          id\n          status\n          cancelReason\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCancel($id: ID!, $reason: String) {\n    cancelAppointment(input: { id: $id, reason: $reason }) {\n      __typename\n      ... on CancelAppointmentSuccess {\n        appointment {\n          id\n          status\n          cancelReason\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow_apiKey on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on RevokeApiKeySuccess {\n        apiKey {\n          id\n          revokedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on RevokeApiKeySuccess {\n        apiKey {\n          id\n          revokedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      ...ApiKeyRow_apiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(input: { name: $name, scopes: $scopes }) {\n      __typename\n      ... on CreateApiKeySuccess {\n        secret\n        apiKey {\n          id\n          ...ApiKeyRow_apiKey\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(input: { name: $name, scopes: $scopes }) {\n      __typename\n      ... on CreateApiKeySuccess {\n        secret\n        apiKey {\n          id\n          ...ApiKeyRow_apiKey\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {\n    providerProfile {\n      timezone\n    }\n    appointments(filter: $filter, sort: $sort, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          ...AdminAppointmentRow_appointment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {\n    providerProfile {\n      timezone\n    }\n    appointments(filter: $filter, sort: $sort, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          ...AdminAppointmentRow_appointment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailabilitySettings {\n    availability {\n      ...WeeklyHoursEditor_availability\n      ...BookingRulesEditor_availability\n      ...SlotGenerator_availability\n    }\n    bookingPolicy {\n      ...BookingRulesEditor_policy\n    }\n  }\n"): (typeof documents)["\n  query AvailabilitySettings {\n    availability {\n      ...WeeklyHoursEditor_availability\n      ...BookingRulesEditor_availability\n      ...SlotGenerator_availability\n    }\n    bookingPolicy {\n      ...BookingRulesEditor_policy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingRulesEditor_policy on BookingPolicy {\n    cancellationNoticeHours\n    minBookingNoticeHours\n    maxDaysAhead\n    maxActiveAppointmentsPerClient\n    maxChangesPerClientPerDay\n  }\n"): (typeof documents)["\n  fragment BookingRulesEditor_policy on BookingPolicy {\n    cancellationNoticeHours\n    minBookingNoticeHours\n    maxDaysAhead\n    maxActiveAppointmentsPerClient\n    maxChangesPerClientPerDay\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingRulesEditor_availability on Availability {\n    bufferMinutes\n  }\n"): (typeof documents)["\n  fragment BookingRulesEditor_availability on Availability {\n    bufferMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePolicy($input: UpdateBookingPolicyInput!) {\n    updateBookingPolicy(input: $input) {\n      __typename\n      ... on UpdateBookingPolicySuccess {\n        policy {\n          ...BookingRulesEditor_policy\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SavePolicy($input: UpdateBookingPolicyInput!) {\n    updateBookingPolicy(input: $input) {\n      __typename\n      ... on UpdateBookingPolicySuccess {\n        policy {\n          ...BookingRulesEditor_policy\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($from: DateTime!, $to: DateTime!, $now: DateTime!, $weekEnd: DateTime!, $outcomesFrom: DateTime!) {\n    providerProfile {\n      displayName\n      timezone\n    }\n    analytics(from: $from, to: $to) {\n      appointments\n      cancellationRate\n      noShowRate\n      utilization\n      leadTimeHoursMedian\n      perWeek {\n        weekStart\n        booked\n        cancelled\n      }\n      byWeekday {\n        weekday\n        count\n      }\n      byHour {\n        hour\n        count\n      }\n    }\n    needingOutcome: appointments(filter: { needsOutcome: true, from: $outcomesFrom }, sort: START_TIME_DESC, first: 20) {\n      edges {\n        node {\n          id\n          startTime\n          endTime\n          status\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n    appointments(filter: { status: [SCHEDULED], from: $now, to: $weekEnd }, sort: START_TIME_ASC, first: 50) {\n      edges {\n        node {\n          id\n          startTime\n          endTime\n          notes\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($from: DateTime!, $to: DateTime!, $now: DateTime!, $weekEnd: DateTime!, $outcomesFrom: DateTime!) {\n    providerProfile {\n      displayName\n      timezone\n    }\n    analytics(from: $from, to: $to) {\n      appointments\n      cancellationRate\n      noShowRate\n      utilization\n      leadTimeHoursMedian\n      perWeek {\n        weekStart\n        booked\n        cancelled\n      }\n      byWeekday {\n        weekday\n        count\n      }\n      byHour {\n        hour\n        count\n      }\n    }\n    needingOutcome: appointments(filter: { needsOutcome: true, from: $outcomesFrom }, sort: START_TIME_DESC, first: 20) {\n      edges {\n        node {\n          id\n          startTime\n          endTime\n          status\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n    appointments(filter: { status: [SCHEDULED], from: $now, to: $weekEnd }, sort: START_TIME_ASC, first: 50) {\n      edges {\n        node {\n          id\n          startTime\n          endTime\n          notes\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DateOverrideEditor_availability on Availability {\n    timezone\n    dateOverrides {\n      date\n      closed\n      hours {\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DateOverrideEditor_availability on Availability {\n    timezone\n    dateOverrides {\n      date\n      closed\n      hours {\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewDateOverride($input: SetDateOverrideInput!) {\n    previewDateOverride(input: $input) {\n      ...SlotChangeReview_summary\n    }\n  }\n"): (typeof documents)["\n  query PreviewDateOverride($input: SetDateOverrideInput!) {\n    previewDateOverride(input: $input) {\n      ...SlotChangeReview_summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOverride($input: SetDateOverrideInput!) {\n    setDateOverride(input: $input) {\n      __typename\n      ... on DateOverrideSuccess {\n        date\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetOverride($input: SetDateOverrideInput!) {\n    setDateOverride(input: $input) {\n      __typename\n      ... on DateOverrideSuccess {\n        date\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOverride($date: String!) {\n    removeDateOverride(date: $date) {\n      __typename\n      ... on DateOverrideSuccess {\n        date\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOverride($date: String!) {\n    removeDateOverride(date: $date) {\n      __typename\n      ... on DateOverrideSuccess {\n        date\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailDeliveryHealth {\n    emailDeliveryHealth {\n      status\n      oldestQueuedAt\n      queued\n      failed\n      serviceDown\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query EmailDeliveryHealth {\n    emailDeliveryHealth {\n      status\n      oldestQueuedAt\n      queued\n      failed\n      serviceDown\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedEmails {\n    retryFailedEmails {\n      __typename\n      ... on RetryFailedEmailsSuccess {\n        requeued\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetryFailedEmails {\n    retryFailedEmails {\n      __typename\n      ... on RetryFailedEmailsSuccess {\n        requeued\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Mark($id: ID!, $status: AppointmentOutcome!) {\n    setAppointmentStatus(input: { id: $id, status: $status }) {\n      __typename\n      ... on SetAppointmentStatusSuccess {\n        appointment {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Mark($id: ID!, $status: AppointmentOutcome!) {\n    setAppointmentStatus(input: { id: $id, status: $status }) {\n      __typename\n      ... on SetAppointmentStatusSuccess {\n        appointment {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderSlots($from: DateTime!, $to: DateTime!) {\n    providerProfile {\n      timezone\n    }\n    providerSlots(from: $from, to: $to) {\n      id\n      startTime\n      endTime\n      isBlocked\n      isBusyInCalendar\n      appointment {\n        id\n        status\n        notes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderSlots($from: DateTime!, $to: DateTime!) {\n    providerProfile {\n      timezone\n    }\n    providerSlots(from: $from, to: $to) {\n      id\n      startTime\n      endTime\n      isBlocked\n      isBusyInCalendar\n      appointment {\n        id\n        status\n        notes\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockSlot($slotId: ID!, $blocked: Boolean!) {\n    setSlotBlocked(input: { slotId: $slotId, blocked: $blocked }) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation BlockSlot($slotId: ID!, $blocked: Boolean!) {\n    setSlotBlocked(input: { slotId: $slotId, blocked: $blocked }) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlotChangeCounts_summary on SlotChangeSummary {\n    opened\n    closed\n    bookedOutsideHours {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment SlotChangeCounts_summary on SlotChangeSummary {\n    opened\n    closed\n    bookedOutsideHours {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlotChangeReview_summary on SlotChangeSummary {\n    ...SlotChangeCounts_summary\n    bookedOutsideHours {\n      id\n      startTime\n      user {\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SlotChangeReview_summary on SlotChangeSummary {\n    ...SlotChangeCounts_summary\n    bookedOutsideHours {\n      id\n      startTime\n      user {\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlotGenerator_availability on Availability {\n    ...DateOverrideEditor_availability\n  }\n"): (typeof documents)["\n  fragment SlotGenerator_availability on Availability {\n    ...DateOverrideEditor_availability\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewGeneration($from: String!, $to: String!) {\n    previewSlotGeneration(input: { from: $from, to: $to }) {\n      wouldCreate\n      alreadyThere\n      inThePast\n    }\n  }\n"): (typeof documents)["\n  query PreviewGeneration($from: String!, $to: String!) {\n    previewSlotGeneration(input: { from: $from, to: $to }) {\n      wouldCreate\n      alreadyThere\n      inThePast\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Generate($from: String!, $to: String!) {\n    generateSlots(input: { from: $from, to: $to }) {\n      __typename\n      ... on GenerateSlotsSuccess {\n        created\n        skipped\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Generate($from: String!, $to: String!) {\n    generateSlots(input: { from: $from, to: $to }) {\n      __typename\n      ... on GenerateSlotsSuccess {\n        created\n        skipped\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeeklyHoursEditor_availability on Availability {\n    timezone\n    slotMinutes\n    weeklyHours {\n      weekday\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment WeeklyHoursEditor_availability on Availability {\n    timezone\n    slotMinutes\n    weeklyHours {\n      weekday\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewHours($input: UpdateAvailabilityInput!) {\n    previewAvailabilityChange(input: $input) {\n      ...SlotChangeReview_summary\n    }\n  }\n"): (typeof documents)["\n  query PreviewHours($input: UpdateAvailabilityInput!) {\n    previewAvailabilityChange(input: $input) {\n      ...SlotChangeReview_summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveHours($input: UpdateAvailabilityInput!) {\n    updateAvailability(input: $input) {\n      __typename\n      ... on UpdateAvailabilitySuccess {\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveHours($input: UpdateAvailabilityInput!) {\n    updateAvailability(input: $input) {\n      __typename\n      ... on UpdateAvailabilitySuccess {\n        slots {\n          ...SlotChangeCounts_summary\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentDetails($id: ID!) {\n    me {\n      id\n      timezone\n    }\n    bookingPolicy {\n      cancellationNoticeHours\n    }\n    providerProfile {\n      displayName\n      contactEmail\n    }\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      status\n      notes\n      cancelReason\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AppointmentDetails($id: ID!) {\n    me {\n      id\n      timezone\n    }\n    bookingPolicy {\n      cancellationNoticeHours\n    }\n    providerProfile {\n      displayName\n      contactEmail\n    }\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      status\n      notes\n      cancelReason\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Cancel($id: ID!, $reason: String) {\n    cancelAppointment(input: { id: $id, reason: $reason }) {\n      __typename\n      ... on CancelAppointmentSuccess {\n        appointment {\n          id\n          status\n          cancelReason\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Cancel($id: ID!, $reason: String) {\n    cancelAppointment(input: { id: $id, reason: $reason }) {\n      __typename\n      ... on CancelAppointmentSuccess {\n        appointment {\n          id\n          status\n          cancelReason\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentListItem_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    notes\n  }\n"): (typeof documents)["\n  fragment AppointmentListItem_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    notes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {\n    me {\n      id\n      timezone\n    }\n    myAppointments(filter: $filter, sort: $sort, first: 10, after: $after) {\n      edges {\n        node {\n          id\n          ...AppointmentListItem_appointment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {\n    me {\n      id\n      timezone\n    }\n    myAppointments(filter: $filter, sort: $sort, first: 10, after: $after) {\n      edges {\n        node {\n          id\n          ...AppointmentListItem_appointment\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientConfig {\n    clientConfig {\n      authMode\n      firebase {\n        apiKey\n        authDomain\n        projectId\n        authEmulatorUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientConfig {\n    clientConfig {\n      authMode\n      firebase {\n        apiKey\n        authDomain\n        projectId\n        authEmulatorUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevSignIn($email: String!, $name: String) {\n    devSignIn(email: $email, name: $name) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DevSignIn($email: String!, $name: String) {\n    devSignIn(email: $email, name: $name) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingContext {\n    me {\n      id\n      timezone\n    }\n    bookingPolicy {\n      timezone\n      slotMinutes\n      cancellationNoticeHours\n      minBookingNoticeHours\n      maxDaysAhead\n    }\n    providerProfile {\n      displayName\n      contactEmail\n    }\n  }\n"): (typeof documents)["\n  query BookingContext {\n    me {\n      id\n      timezone\n    }\n    bookingPolicy {\n      timezone\n      slotMinutes\n      cancellationNoticeHours\n      minBookingNoticeHours\n      maxDaysAhead\n    }\n    providerProfile {\n      displayName\n      contactEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTimezone($timezone: String!) {\n    updateMyProfile(input: { timezone: $timezone }) {\n      __typename\n      ... on UpdateMyProfileSuccess {\n        user {\n          id\n          timezone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTimezone($timezone: String!) {\n    updateMyProfile(input: { timezone: $timezone }) {\n      __typename\n      ... on UpdateMyProfileSuccess {\n        user {\n          id\n          timezone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Booked($id: ID!) {\n    me {\n      id\n      timezone\n    }\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      notes\n      calendarSequence\n      calendarOrganizer {\n        name\n        email\n      }\n      user {\n        id\n        email\n      }\n    }\n    providerProfile {\n      location\n    }\n  }\n"): (typeof documents)["\n  query Booked($id: ID!) {\n    me {\n      id\n      timezone\n    }\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      notes\n      calendarSequence\n      calendarOrganizer {\n        name\n        email\n      }\n      user {\n        id\n        email\n      }\n    }\n    providerProfile {\n      location\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovingAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      status\n    }\n  }\n"): (typeof documents)["\n  query MovingAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      startTime\n      endTime\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Book($slotId: ID!, $notes: String) {\n    bookAppointment(input: { slotId: $slotId, notes: $notes }) {\n      __typename\n      ... on BookAppointmentSuccess {\n        appointment {\n          id\n          startTime\n          endTime\n          status\n          notes\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Book($slotId: ID!, $notes: String) {\n    bookAppointment(input: { slotId: $slotId, notes: $notes }) {\n      __typename\n      ... on BookAppointmentSuccess {\n        appointment {\n          id\n          startTime\n          endTime\n          status\n          notes\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reschedule($id: ID!, $slotId: ID!) {\n    rescheduleAppointment(input: { id: $id, slotId: $slotId }) {\n      __typename\n      ... on RescheduleAppointmentSuccess {\n        appointment {\n          id\n          startTime\n          endTime\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Reschedule($id: ID!, $slotId: ID!) {\n    rescheduleAppointment(input: { id: $id, slotId: $slotId }) {\n      __typename\n      ... on RescheduleAppointmentSuccess {\n        appointment {\n          id\n          startTime\n          endTime\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveSlot on TimeSlot {\n    id\n    startTime\n    endTime\n    isAvailable\n  }\n"): (typeof documents)["\n  fragment LiveSlot on TimeSlot {\n    id\n    startTime\n    endTime\n    isAvailable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreeSlots($from: DateTime!, $to: DateTime!) {\n    availableSlots(from: $from, to: $to) {\n      ...LiveSlot\n    }\n  }\n"): (typeof documents)["\n  query FreeSlots($from: DateTime!, $to: DateTime!) {\n    availableSlots(from: $from, to: $to) {\n      ...LiveSlot\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlotsChanged($from: DateTime!, $to: DateTime!) {\n    slotsChanged(from: $from, to: $to) {\n      ...LiveSlot\n    }\n  }\n"): (typeof documents)["\n  subscription SlotsChanged($from: DateTime!, $to: DateTime!) {\n    slotsChanged(from: $from, to: $to) {\n      ...LiveSlot\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SlotsResync {\n    slotsResyncRequired\n  }\n"): (typeof documents)["\n  subscription SlotsResync {\n    slotsResyncRequired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextFreeSlots($from: DateTime!, $to: DateTime!) {\n    availableSlots(from: $from, to: $to) {\n      id\n      startTime\n    }\n  }\n"): (typeof documents)["\n  query NextFreeSlots($from: DateTime!, $to: DateTime!) {\n    availableSlots(from: $from, to: $to) {\n      id\n      startTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarConnection_user on User {\n    googleCalendar {\n      available\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarConnection_user on User {\n    googleCalendar {\n      available\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectCalendar {\n    connectGoogleCalendar {\n      __typename\n      ... on ConnectGoogleCalendarSuccess {\n        authorizationUrl\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectCalendar {\n    connectGoogleCalendar {\n      __typename\n      ... on ConnectGoogleCalendarSuccess {\n        authorizationUrl\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectCalendar {\n    disconnectGoogleCalendar {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectCalendar {\n    disconnectGoogleCalendar {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Emails($after: String) {\n    emails(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          to\n          subject\n          status\n          transport\n          html\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Emails($after: String) {\n    emails(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          to\n          subject\n          status\n          transport\n          html\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id) {\n      __typename\n      ... on RetryEmailSuccess {\n        email {\n          id\n          status\n          lastError\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id) {\n      __typename\n      ... on RetryEmailSuccess {\n        email {\n          id\n          status\n          lastError\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileForm {\n    providerProfile {\n      displayName\n      headline\n      contactEmail\n      phone\n      website\n      location\n    }\n  }\n"): (typeof documents)["\n  query ProfileForm {\n    providerProfile {\n      displayName\n      headline\n      contactEmail\n      phone\n      website\n      location\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProfile($input: UpdateProviderProfileInput!) {\n    updateProviderProfile(input: $input) {\n      __typename\n      ... on UpdateProviderProfileSuccess {\n        profile {\n          displayName\n          headline\n          contactEmail\n          phone\n          website\n          location\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveProfile($input: UpdateProviderProfileInput!) {\n    updateProviderProfile(input: $input) {\n      __typename\n      ... on UpdateProviderProfileSuccess {\n        profile {\n          displayName\n          headline\n          contactEmail\n          phone\n          website\n          location\n        }\n      }\n      ... on ValidationError {\n        fields {\n          path\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Settings {\n    me {\n      id\n      email\n      name\n      role\n      ...CalendarConnection_user\n      ...TimeZoneSettings_user\n    }\n  }\n"): (typeof documents)["\n  query Settings {\n    me {\n      id\n      email\n      name\n      role\n      ...CalendarConnection_user\n      ...TimeZoneSettings_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimeZoneSettings_user on User {\n    id\n    timezone\n  }\n"): (typeof documents)["\n  fragment TimeZoneSettings_user on User {\n    id\n    timezone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMyTimeZone($timezone: String!) {\n    updateMyProfile(input: { timezone: $timezone }) {\n      __typename\n      ... on UpdateMyProfileSuccess {\n        user {\n          id\n          timezone\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMyTimeZone($timezone: String!) {\n    updateMyProfile(input: { timezone: $timezone }) {\n      __typename\n      ... on UpdateMyProfileSuccess {\n        user {\n          id\n          timezone\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInitialTimeZone($timezone: String!) {\n    setInitialTimeZone(input: { timezone: $timezone }) {\n      __typename\n      ... on SetInitialTimeZoneSuccess {\n        adopted\n        user {\n          id\n          timezone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetInitialTimeZone($timezone: String!) {\n    setInitialTimeZone(input: { timezone: $timezone }) {\n      __typename\n      ... on SetInitialTimeZoneSuccess {\n        adopted\n        user {\n          id\n          timezone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BlockedSlot on ProviderSlot {\n    id\n    isBlocked\n  }\n"): (typeof documents)["\n  fragment BlockedSlot on ProviderSlot {\n    id\n    isBlocked\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;