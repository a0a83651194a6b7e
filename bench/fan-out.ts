import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, signIn } from './client.js';
import { summarize } from './stats.js';

const SUBSCRIPTION = 'subscription($from: DateTime!, $to: DateTime!) { slotsChanged(from: $from, to: $to) { id isAvailable } }';
const BOOK = 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id } } } }';
const CANCEL = 'mutation($id: ID!) { cancelAppointment(input: { id: $id }) { __typename } }';

/**
 * `subscribers` WebSocket clients split across the instances; bookings and cancellations
 * made on the first instance. For every change and subscriber: the time from sending the
 * mutation to receiving the event.
 */
export async function fanOut(urls: string[], slotIds: string[], subscribers: number, changes: number, gapMs: number) {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const received = new Map<string, number>();
  const variables = { from: new Date().toISOString(), to: new Date(Date.now() + 30 * 86_400_000).toISOString() };
  const clients: Client[] = [];
  const listening = new Set<number>();
  for (let i = 0; i < subscribers; i++) {
    const client = createClient({ url: `${urls[i % urls.length]!.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: false, retryAttempts: 5 });
    clients.push(client);
    // Connect in batches, so that the connection storm itself is not what gets measured.
    if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 100));
    client.subscribe<{ slotsChanged: { id: string; isAvailable: boolean } }>(
      { query: SUBSCRIPTION, variables },
      {
        next: ({ data }) => {
          if (!data) return;
          listening.add(i);
          const key = `${data.slotsChanged.id}:${data.slotsChanged.isAvailable}`;
          received.set(key, (received.get(key) ?? 0) + 1);
          const start = sentAt.get(key);
          if (start !== undefined) latencies.push(performance.now() - start);
        },
        error: () => {},
        complete: () => {},
      },
    );
  }
  const token = await signIn(urls[0]!, 'fan-out@bench.example');
  const [warmUp, ...rest] = slotIds;
  // Warm-up: book and free one slot until every subscriber has heard of it, so that all
  // subscriptions are in place before measuring starts.
  let appointmentId: string | null = null;
  const deadline = Date.now() + 60_000;
  while (listening.size < subscribers) {
    if (Date.now() > deadline) throw new Error(`only ${listening.size} of ${subscribers} subscribers were listening after 60 s`);
    if (appointmentId) {
      await gql(urls[0]!, CANCEL, { id: appointmentId }, token);
      appointmentId = null;
    } else {
      appointmentId = (await gql<{ bookAppointment: { appointment: { id: string } } }>(urls[0]!, BOOK, { id: warmUp }, token)).bookAppointment.appointment.id;
    }
    await waitUntil(() => listening.size >= subscribers, 500);
  }
  if (appointmentId) await gql(urls[0]!, CANCEL, { id: appointmentId }, token);
  await new Promise((resolve) => setTimeout(resolve, 500));

  const keys: string[] = [];
  for (let i = 0; i < changes; i++) {
    const slotId = rest[Math.floor(i / 2)]!;
    if (i % 2 === 0) {
      const key = `${slotId}:false`;
      keys.push(key);
      sentAt.set(key, performance.now());
      const data = await gql<{ bookAppointment: { appointment: { id: string } } }>(urls[0]!, BOOK, { id: slotId }, token);
      (sentAt as Map<string, unknown>).set(`${slotId}:appointment`, data.bookAppointment.appointment.id);
    } else {
      const key = `${slotId}:true`;
      keys.push(key);
      sentAt.set(key, performance.now());
      await gql(urls[0]!, CANCEL, { id: (sentAt as Map<string, unknown>).get(`${slotId}:appointment`) }, token);
    }
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  await waitUntil(() => keys.every((key) => (received.get(key) ?? 0) >= subscribers), 10_000);
  const missing = keys.reduce((sum, key) => sum + Math.max(0, subscribers - (received.get(key) ?? 0)), 0);
  await Promise.all(clients.map(async (client) => client.dispose()));
  return { ...summarize(latencies), subscribers, changes, missing };
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}
