import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

// The dashboard asks the provider how each recent appointment went: those that have started,
// are not cancelled, and whose outcome nobody recorded (the automatic completion does not count).

const BOOK = `mutation($slotId: ID!) { bookAppointment(input: { slotId: $slotId }) { ... on BookAppointmentSuccess { appointment { id } } } }`;
const CANCEL = `mutation($id: ID!) { cancelAppointment(input: { id: $id }) { __typename } }`;
const MARK = `mutation($id: ID!, $status: AppointmentOutcome!) { setAppointmentStatus(input: { id: $id, status: $status }) { __typename } }`;
const NEEDING = `query { appointments(filter: { needsOutcome: true }, sort: START_TIME_ASC) { edges { node { id status } } } }`;

let offset = 0;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(Date.now() + offset) });
});
afterAll(() => server?.stop());

describe('appointments(filter: { needsOutcome: true })', () => {
  it('lists started appointments until the provider records how they went, whatever the automatic completion did', async () => {
    const provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(3, server.now()) });
    const client = await signIn(server.graphqlUrl, 'outcomes@example.com');
    const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    const ids: string[] = [];
    for (const slot of slots.slice(0, 4)) ids.push((await graphql(server.graphqlUrl, BOOK, { slotId: slot.id }, client)).data!.bookAppointment.appointment.id);
    await graphql(server.graphqlUrl, CANCEL, { id: ids[3] }, client);
    const needing = async () =>
      (await graphql(server.graphqlUrl, NEEDING, {}, provider)).data!.appointments.edges.map((edge: { node: { id: string } }) => edge.node.id);

    expect(await needing()).toEqual([]);
    offset = Date.parse(slots[3]!.endTime) - Date.now() + 60_000;
    try {
      // All have ended; the cancelled one never needs an outcome.
      expect(await needing()).toEqual(ids.slice(0, 3));
      // What the complete-past job does, as a later read sees it: still waiting for the provider.
      await server.app.services.prisma.appointment.updateMany({ where: { id: ids[0] }, data: { status: 'COMPLETED' } });
      expect(await needing()).toEqual(ids.slice(0, 3));

      expect((await graphql(server.graphqlUrl, MARK, { id: ids[0], status: 'NO_SHOW' }, provider)).data!.setAppointmentStatus.__typename).toBe(
        'SetAppointmentStatusSuccess',
      );
      await graphql(server.graphqlUrl, MARK, { id: ids[1], status: 'COMPLETED' }, provider);
      expect(await needing()).toEqual([ids[2]]);
    } finally {
      offset = 0;
    }
  });

  it('is the provider’s: a client asking gets only their own, none of which need an outcome before they start', async () => {
    const client = await signIn(server.graphqlUrl, 'curious-outcomes@example.com');
    const mine = await graphql(server.graphqlUrl, 'query { myAppointments(filter: { needsOutcome: true }) { edges { node { id } } } }', {}, client);
    expect(mine.data!.myAppointments.edges).toEqual([]);
    const all = await graphql(server.graphqlUrl, NEEDING, {}, client);
    expect(all.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
