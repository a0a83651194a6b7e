import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../../gql';

const NextFreeSlotsQuery = graphql(`
  query NextFreeSlots($from: DateTime!, $to: DateTime!) {
    availableSlots(from: $from, to: $to) {
      id
      startTime
    }
  }
`);

// The API answers at most 62 days per call.
const WINDOW_MS = 60 * 86_400_000;

export type NextAvailable = { state: 'idle' | 'searching' | 'none' | 'failed' } | { state: 'found'; startTime: string };

/**
 * The first free time at or after `from`, looked up in windows of 60 days up to `until` (the end of the booking
 * window, bookingPolicy.maxDaysAhead): at most a handful of small queries, and only while `from` is set.
 */
export function useNextAvailable(from: string | null, until: string | null): NextAvailable {
  const client = useClient();
  const [result, setResult] = useState<{ key: string; value: NextAvailable } | null>(null);
  const key = `${from}|${until}`;
  useEffect(() => {
    if (!from || !until) return;
    let stopped = false;
    void (async () => {
      for (let start = Date.parse(from); start < Date.parse(until) && !stopped; start += WINDOW_MS) {
        const window = { from: new Date(start).toISOString(), to: new Date(Math.min(start + WINDOW_MS, Date.parse(until))).toISOString() };
        const answer = await client.query(NextFreeSlotsQuery, window, { requestPolicy: 'network-only' }).toPromise();
        if (stopped) return;
        const first = answer.data?.availableSlots[0];
        if (first) {
          setResult({ key, value: { state: 'found', startTime: first.startTime } });
          return;
        }
        if (answer.error) {
          setResult({ key, value: { state: 'failed' } });
          return;
        }
      }
      if (!stopped) setResult({ key, value: { state: 'none' } });
    })();
    return () => {
      stopped = true;
    };
  }, [client, from, until, key]);
  if (!from || !until) return { state: 'idle' };
  return result?.key === key ? result.value : { state: 'searching' };
}
