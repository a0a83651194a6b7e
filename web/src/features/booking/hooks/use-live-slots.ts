import { useCallback, useEffect, useMemo, useState } from 'react';
import { useClient } from 'urql';
import { onReconnect } from '../../../lib/urql';
import { FreeSlotsQuery, SlotsChangedSubscription, SlotsResyncSubscription } from '../api/documents';

export interface Slot {
  id: string;
  startTime: string;
  endTime: string;
}

/**
 * The free slots of a window, kept live: loaded once, then every slotsChanged event adds
 * or removes a slot; loaded again after the live connection drops and returns, and whenever
 * the server says it may have missed changes.
 */
export function useLiveSlots(range: { from: string; to: string } | null) {
  const client = useClient();
  const [slots, setSlots] = useState<Map<string, Slot>>(new Map());
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [takenIds, setTakenIds] = useState<Set<string>>(new Set());

  const load = useCallback(async () => {
    if (!range) return;
    setLoading(true);
    const result = await client.query(FreeSlotsQuery, range, { requestPolicy: 'network-only' }).toPromise();
    setLoading(false);
    if (result.error) {
      setError('Free times could not be loaded. Check your connection; we keep trying.');
      return;
    }
    setError(null);
    setSlots(new Map(result.data!.availableSlots.map((slot) => [slot.id, slot])));
  }, [client, range?.from, range?.to]);

  useEffect(() => {
    void load();
    const resyncs = client.subscription(SlotsResyncSubscription, {}).subscribe(({ data }) => {
      if (data?.slotsResyncRequired) void load();
    });
    const stopListening = onReconnect(() => void load());
    return () => {
      resyncs.unsubscribe();
      stopListening();
    };
  }, [client, load]);

  useEffect(() => {
    if (!range) return;
    const { unsubscribe } = client.subscription(SlotsChangedSubscription, range).subscribe(({ data }) => {
      const changed = data?.slotsChanged;
      if (!changed) return;
      setSlots((current) => {
        const next = new Map(current);
        if (changed.isAvailable) next.set(changed.id, changed);
        else next.delete(changed.id);
        return next;
      });
      if (!changed.isAvailable) setTakenIds((current) => new Set(current).add(changed.id));
    });
    return unsubscribe;
  }, [client, range?.from, range?.to]);

  const sorted = useMemo(() => [...slots.values()].sort((a, b) => a.startTime.localeCompare(b.startTime)), [slots]);
  return { slots: sorted, loading, error, takenIds, reload: load };
}
