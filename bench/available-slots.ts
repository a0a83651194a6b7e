import { gql } from './client.js';
import { summarize, type Summary } from './stats.js';

const QUERY = 'query($from: DateTime!, $to: DateTime!) { availableSlots(from: $from, to: $to) { id startTime endTime isAvailable } }';

function window() {
  const from = new Date();
  return { from: from.toISOString(), to: new Date(from.getTime() + 28 * 86_400_000).toISOString() };
}

/** Open loop: requests start on a fixed schedule whatever the answers, as real traffic does. */
export async function constantRate(url: string, ratePerSecond: number, seconds: number) {
  const variables = window();
  const latencies: number[] = [];
  let errors = 0;
  let slotCount = 0;
  const total = ratePerSecond * seconds;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      gql<{ availableSlots: unknown[] }>(url, QUERY, variables)
        .then((data) => {
          // Measured from the scheduled start, so a stalled server cannot hide its queueing.
          latencies.push(performance.now() - due);
          slotCount = data.availableSlots.length;
        })
        .catch(() => void errors++),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarize(latencies), errors, achieved: latencies.length / elapsed, slotCount };
}

/** Closed loop: `concurrency` clients send the next request as soon as the last one returns. */
export async function maxThroughput(url: string, concurrency: number, seconds: number): Promise<Summary & { perSecond: number; errors: number }> {
  const variables = window();
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        try {
          await gql(url, QUERY, variables);
          latencies.push(performance.now() - start);
        } catch {
          errors++;
        }
      }
    }),
  );
  return { ...summarize(latencies), errors, perSecond: latencies.length / ((performance.now() - started) / 1000) };
}
