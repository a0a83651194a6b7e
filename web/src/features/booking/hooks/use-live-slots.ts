import { useEffect, useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql, readFragment } from '../../../gql';
import { onReconnect } from '../../../lib/urql';

export interface Slot {
  id: string;
  startTime: string;
  endTime: string;
}

// Queried and pushed with the same fields, so a pushed slot completes any cached list.
const LiveSlotFragment = graphql(`
  fragment LiveSlot on TimeSlot {
    id
    startTime
    endTime
    isAvailable
  }
`);

const FreeSlotsQuery = graphql(`
  query FreeSlots($from: DateTime!, $to: DateTime!) {
    availableSlots(from: $from, to: $to) {
      ...LiveSlot
    }
  }
`);

const SlotsChangedSubscription = graphql(`
  subscription SlotsChanged($from: DateTime!, $to: DateTime!) {
    slotsChanged(from: $from, to: $to) {
      ...LiveSlot
    }
  }
`);

const SlotsResyncSubscription = graphql(`
  subscription SlotsResync {
    slotsResyncRequired
  }
`);

const NO_RANGE = { from: '', to: '' };
const NONE: ReadonlySet<string> = new Set();

/**
 * The free slots of a window, kept live by the normalized cache: every slotsChanged event
 * adds or removes a slot there, and a slotsResyncRequired event drops the cached lists so
 * they load again. Slots that were taken while shown are remembered in `takenIds`.
 */
export function useLiveSlots(range: { from: string; to: string } | null) {
  const variables = range ?? NO_RANGE;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FreeSlotsQuery, variables, pause: !range, requestPolicy: 'cache-and-network' });
  const [{ data: takenIds = NONE }] = useSubscription(
    { query: SlotsChangedSubscription, variables, pause: !range },
    (taken: ReadonlySet<string> = NONE, event) => {
      const slot = readFragment(LiveSlotFragment, event.slotsChanged);
      return slot.isAvailable ? taken : new Set(taken).add(slot.id);
    },
  );
  useSubscription({ query: SlotsResyncSubscription });
  // Events sent while the connection was down are lost for good: only the server knows what changed.
  useEffect(() => onReconnect(() => reexecute({ requestPolicy: 'network-only' })), [reexecute]);

  const slots = useMemo(
    () =>
      (data?.availableSlots ?? [])
        .map((item) => readFragment(LiveSlotFragment, item))
        .map(({ id, startTime, endTime }): Slot => ({ id, startTime, endTime }))
        .sort((a, b) => a.startTime.localeCompare(b.startTime)),
    [data],
  );
  return {
    slots,
    loading: !error && (fetching || !data),
    error: error ? 'Free times could not be loaded. Check your connection; we keep trying.' : null,
    takenIds,
  };
}
