import pg from 'pg';
import { gql, signIn } from './client.js';
import { summarize } from './stats.js';

const BOOK = 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename } }';

/**
 * For each of `rounds` slots, `racers` signed-in clients (split across the instances)
 * try to book it at the same moment. Exactly one must win; the database is checked too.
 */
export async function bookingRace(urls: string[], databaseUrl: string, slotIds: string[], racers: number) {
  const tokens = await Promise.all(Array.from({ length: racers }, (_, i) => signIn(urls[i % urls.length]!, `racer${i}@bench.example`)));
  const latencies: number[] = [];
  let wrongOutcomes = 0;
  for (const slotId of slotIds) {
    const outcomes = await Promise.all(
      tokens.map(async (token, i) => {
        const start = performance.now();
        const data = await gql<{ bookAppointment: { __typename: string } }>(urls[i % urls.length]!, BOOK, { id: slotId }, token);
        latencies.push(performance.now() - start);
        return data.bookAppointment.__typename;
      }),
    );
    const winners = outcomes.filter((outcome) => outcome === 'BookAppointmentSuccess').length;
    const losers = outcomes.filter((outcome) => outcome === 'SlotUnavailableError').length;
    if (winners !== 1 || losers !== racers - 1) wrongOutcomes++;
  }
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM (SELECT "slotId" FROM "Appointment" WHERE status = 'SCHEDULED' GROUP BY "slotId" HAVING count(*) > 1) doubled`,
  );
  await db.end();
  return { ...summarize(latencies), rounds: slotIds.length, racers, wrongOutcomes, doubleBookings: rows[0].n as number };
}
