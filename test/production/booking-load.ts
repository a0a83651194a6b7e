import type { HttpsGraphql } from './https-graphql.js';

export const BOOK = `mutation($id: ID!) {
  bookAppointment(input: { slotId: $id }) {
    __typename
    ... on BookAppointmentSuccess { appointment { id } }
    ... on Error { message }
  }
}`;

export const CANCEL = `mutation($id: ID!) {
  cancelAppointment(input: { id: $id, reason: "load test" }) {
    __typename
    ... on Error { message }
  }
}`;

export interface LoadReport {
  /** Requests answered 200 with the expected typed result. */
  succeeded: number;
  /** Everything else: network errors, non-200 answers, errors or an unexpected result type. */
  failures: string[];
  /** When each request finished, to tell that the load kept going during each restart. */
  finishedAt: number[];
}

/**
 * Clients booking and cancelling in a loop, each on slots of its own so that no request is
 * refused for a race between clients: every answer must be a success. Runs until `stop`.
 */
export function startBookingLoad(options: { client: HttpsGraphql; clients: { token: string; slotIds: string[] }[] }) {
  const report: LoadReport = { succeeded: 0, failures: [], finishedAt: [] };
  let running = true;

  const call = async (query: string, variables: Record<string, unknown>, token: string, field: string, expected: string) => {
    try {
      const answer = await options.client.post(query, variables, token);
      report.finishedAt.push(Date.now());
      const result = answer.body?.data?.[field] as { __typename?: string; appointment?: { id: string } } | undefined;
      if (answer.status === 200 && !answer.body?.errors && result?.__typename === expected) {
        report.succeeded++;
        return result;
      }
      report.failures.push(`${field}: HTTP ${answer.status} ${answer.raw.slice(0, 300)}`);
    } catch (error) {
      report.finishedAt.push(Date.now());
      report.failures.push(`${field}: ${(error as Error).message}`);
    }
    return null;
  };

  const loop = async ({ token, slotIds }: { token: string; slotIds: string[] }) => {
    for (let turn = 0; running; turn++) {
      const slotId = slotIds[turn % slotIds.length]!;
      const booked = await call(BOOK, { id: slotId }, token, 'bookAppointment', 'BookAppointmentSuccess');
      // After a failed booking the slot's state is unknown: the loop moves on to the client's next slot.
      if (booked?.appointment) await call(CANCEL, { id: booked.appointment.id }, token, 'cancelAppointment', 'CancelAppointmentSuccess');
    }
  };

  const loops = Promise.all(options.clients.map(loop));
  return {
    report,
    async stop(): Promise<LoadReport> {
      running = false;
      await loops;
      return report;
    },
  };
}
