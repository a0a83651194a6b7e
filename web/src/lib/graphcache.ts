import { cacheExchange, type Cache, type Data, type KeyingConfig, type UpdateResolver, type UpdatesConfig, type Variables } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { graphql } from '../gql';
import { schema } from '../gql/introspection';

const singleton = () => 'singleton';
const embedded = () => null;

// Mutation payloads and typed errors are answers, not records: they live inside the result.
const answers = Object.fromEntries(
  schema.__schema.types.filter((type) => type.kind === 'OBJECT' && /(Success|Error|Payload)$/.test(type.name)).map((type) => [type.name, embedded]),
);

const keys: KeyingConfig = {
  ...answers,
  // One of each for the whole practice: every query reading them shares the same record.
  Availability: singleton,
  BookingPolicy: singleton,
  ClientConfig: singleton,
  EmailDeliveryHealth: singleton,
  ProviderProfile: singleton,
  // Values without an identity of their own, stored inside their parent.
  Analytics: embedded,
  AppointmentConnection: embedded,
  AppointmentEdge: embedded,
  AppointmentListConnection: embedded,
  AppointmentListEdge: embedded,
  CalendarParty: embedded,
  DateOverride: embedded,
  EmailConnection: embedded,
  EmailEdge: embedded,
  FieldError: embedded,
  FirebaseWebConfig: embedded,
  GoogleCalendarStatus: embedded,
  HourCount: embedded,
  Hours: embedded,
  PageInfo: embedded,
  PlannedSlot: embedded,
  SlotGenerationPreview: embedded,
  WeekCount: embedded,
  WeekdayCount: embedded,
  WeeklyHours: embedded,
};

const BlockedSlot = graphql(`
  fragment BlockedSlot on ProviderSlot {
    id
    isBlocked
  }
`);

/** Drops every cached Query field of these names (all arguments): whatever shows them loads them again. */
function invalidate(cache: Cache, ...fieldNames: string[]): void {
  for (const field of cache.inspectFields('Query')) {
    if (fieldNames.includes(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

/** Runs `then` only when the mutation's answer is its success type, not one of its errors. */
function onSuccess(field: string, then: (cache: Cache, args: Variables, answer: Data) => void): UpdateResolver {
  return (result, args, cache) => {
    const answer = result[field] as Data | null;
    if (answer && String(answer.__typename).endsWith('Success')) then(cache, args, answer);
  };
}

/** What a booking, a move or a cancellation changes besides the appointment itself. */
const APPOINTMENT_LISTS = ['myAppointments', 'appointments', 'analytics', 'providerSlots', 'emails'];
// A change of hours re-lays the slots already generated.
const HOURS_DEPENDENTS = [
  'availability',
  'previewSlotGeneration',
  'previewDateOverride',
  'previewAvailabilityChange',
  'providerSlots',
  'availableSlots',
  'analytics',
];

/** DateTime scalars are ISO 8601 strings: in results, in arguments and in the cache alike. */
type DateTime = string;

/** A slot as the slotsChanged subscription delivers it (the LiveSlot fragment). */
type ChangedSlot = Data & { startTime: DateTime; isAvailable: boolean };

/** The arguments of an availableSlots field: its window, [from, to). */
type SlotWindow = { from: DateTime; to: DateTime };

/**
 * Orders cached slots by start. The server writes every DateTime in UTC with the same precision, so the ISO strings
 * sort as their instants do. A slot whose start is not cached goes last.
 */
function byStartTime(cache: Cache): (a: string, b: string) => number {
  const startOf = (key: string) => cache.resolve(key, 'startTime') as DateTime | null | undefined;
  return (a, b) => {
    const [x, y] = [startOf(a), startOf(b)];
    if (x == null || y == null) return Number(x == null) - Number(y == null);
    return x.localeCompare(y);
  };
}

/** Keeps every cached list of free slots in step with one slot that changed. */
function applySlotChange(cache: Cache, slot: ChangedSlot): void {
  const key = cache.keyOfEntity(slot);
  if (!key) return;
  const start = Date.parse(slot.startTime);
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'availableSlots' || !field.arguments) continue;
    const window = field.arguments as SlotWindow;
    const list = ((cache.resolve('Query', field.fieldKey) as string[] | null) ?? []).filter((item) => item !== key);
    const inRange = start >= Date.parse(window.from) && start < Date.parse(window.to);
    if (slot.isAvailable && inRange) {
      list.push(key);
      list.sort(byStartTime(cache));
    }
    cache.link('Query', field.fieldName, field.arguments, list);
  }
}

const updates: UpdatesConfig = {
  Mutation: {
    bookAppointment: onSuccess('bookAppointment', (cache) => invalidate(cache, ...APPOINTMENT_LISTS)),
    rescheduleAppointment: onSuccess('rescheduleAppointment', (cache) => invalidate(cache, ...APPOINTMENT_LISTS)),
    cancelAppointment: onSuccess('cancelAppointment', (cache) => invalidate(cache, ...APPOINTMENT_LISTS)),
    setAppointmentStatus: onSuccess('setAppointmentStatus', (cache) => invalidate(cache, 'appointments', 'myAppointments', 'analytics')),
    setSlotBlocked: onSuccess('setSlotBlocked', (cache, args) => {
      const input = args.input as { slotId: string; blocked: boolean };
      cache.writeFragment(BlockedSlot, { id: input.slotId, isBlocked: input.blocked });
    }),
    generateSlots: onSuccess('generateSlots', (cache) => invalidate(cache, 'providerSlots', 'availableSlots', 'previewSlotGeneration', 'analytics')),
    setDateOverride: onSuccess('setDateOverride', (cache) => invalidate(cache, ...HOURS_DEPENDENTS)),
    removeDateOverride: onSuccess('removeDateOverride', (cache) => invalidate(cache, ...HOURS_DEPENDENTS)),
    // Hours, slot length and zone feed the booking policy and the profile's zone too.
    updateAvailability: onSuccess('updateAvailability', (cache) => invalidate(cache, ...HOURS_DEPENDENTS, 'bookingPolicy', 'providerProfile')),
    // The buffer is stored with the availability; the policy itself comes back in the answer.
    updateBookingPolicy: onSuccess('updateBookingPolicy', (cache) => invalidate(cache, 'availability', 'previewSlotGeneration')),
    createApiKey: onSuccess('createApiKey', (cache, _args, answer) => {
      const current = (cache.resolve('Query', 'apiKeys') as string[] | null) ?? [];
      const created = answer.apiKey as Data;
      cache.link('Query', 'apiKeys', [...current, created]);
    }),
    retryFailedEmails: onSuccess('retryFailedEmails', (cache) => invalidate(cache, 'emailDeliveryHealth', 'emails')),
    disconnectGoogleCalendar: onSuccess('disconnectGoogleCalendar', (cache) => invalidate(cache, 'me')),
  },
  Subscription: {
    slotsChanged: (result, _args, cache) => applySlotChange(cache, result.slotsChanged as ChangedSlot),
    // The server may have missed changes: what it told us about slots can no longer be trusted.
    slotsResyncRequired: (_result, _args, cache) => invalidate(cache, 'availableSlots', 'providerSlots'),
  },
};

export const normalizedCache = () =>
  cacheExchange({
    schema,
    keys,
    updates,
    // "Load more" pages of one's own appointments merge into one list.
    resolvers: { Query: { myAppointments: relayPagination() } },
  });
