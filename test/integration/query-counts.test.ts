import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERY_DAY_NINE_TO_FIVE, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

// Every list the schema serves, asked for with its nested fields for 3 and for 30 items: neither the
// SQL statements the server sends nor the Prisma calls its resolvers make may grow with the number
// of items (no N+1). Prisma merges the findUnique calls of one tick into one statement, so a
// per-item lookup shows in the calls before it shows in the SQL.
const NOW = new Date('2027-01-04T06:00:00Z');
const FEW = 3;
const MANY = 30;

let server: TestServer;
let provider: string;
let regular: string;
let slots: { id: string; startTime: Date; endTime: Date }[];
const prismaCalls = { count: 0 };

const USER = 'user { id email name role timezone googleCalendar { available status } }';
const APPOINTMENT = `id startTime endTime status notes ${USER}`;

beforeAll(async () => {
  server = await startTestServer({ now: () => NOW });
  // Five days of 14 slots: the first 30 go to 30 clients, the next 30 to one regular client.
  provider = await prepareSlots(server.graphqlUrl, { from: '2027-01-05', to: '2027-01-09' }, EVERY_DAY_NINE_TO_FIVE);
  regular = await signIn(server.graphqlUrl, 'regular@example.com');
  const prisma = server.app.services.prisma;
  slots = await prisma.timeSlot.findMany({ orderBy: { startTime: 'asc' } });
  expect(slots.length).toBeGreaterThanOrEqual(2 * MANY);
  const regularUser = await prisma.user.findUniqueOrThrow({ where: { email: 'regular@example.com' } });
  const clients = await prisma.user.createManyAndReturn({
    data: Array.from({ length: MANY }, (_, index) => ({ email: `client-${index}@example.com`, name: `Client ${index}` })),
  });
  const ownerOf = (index: number) => (index < MANY ? clients[index]! : regularUser);
  const appointments = await prisma.appointment.createManyAndReturn({
    data: slots.slice(0, 2 * MANY).map((slot, index) => ({
      userId: ownerOf(index).id,
      slotId: slot.id,
      startTime: slot.startTime,
      endTime: slot.endTime,
      notes: `Appointment ${index}`,
      createdAt: NOW,
    })),
  });
  await prisma.notification.createMany({
    data: appointments.map((appointment) => ({
      appointmentId: appointment.id,
      kind: 'BOOKING_CONFIRMED' as const,
      recipientRole: 'PROVIDER' as const,
      recipientEmail: 'provider@example.com',
      status: 'SENT' as const,
      dueAt: NOW,
      nextAttemptAt: NOW,
      appointmentStart: appointment.startTime,
      sentAt: NOW,
    })),
  });
  // Resolvers get the client from the services on every request: count the calls made through it.
  server.app.services.prisma = prisma.$extends({
    query: {
      $allOperations: ({ args, query }) => {
        prismaCalls.count++;
        return query(args);
      },
    },
  }) as unknown as typeof prisma;
});

afterAll(() => server?.stop());

interface Counted {
  statements: number;
  calls: number;
  data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Runs `query` once to warm caches, then again, and counts what the second run sent. */
async function countQueries(query: string, variables: Record<string, unknown>, token?: string): Promise<Counted> {
  await graphql(server.graphqlUrl, query, variables, token);
  const [statements, calls] = [server.app.queries.count, prismaCalls.count];
  const response = await graphql(server.graphqlUrl, query, variables, token);
  expect(response.errors).toBeUndefined();
  return { statements: server.app.queries.count - statements, calls: prismaCalls.count - calls, data: response.data! };
}

/** Runs a list for a few and for many items and expects the same counts; `listed` reads how many items a response holds. */
async function expectConstantCounts(run: (size: number) => Promise<Counted>, listed: (data: Counted['data']) => number): Promise<void> {
  const few = await run(FEW);
  const many = await run(MANY);
  expect(listed(few.data)).toBe(FEW);
  expect(listed(many.data)).toBe(MANY);
  expect({ statements: many.statements, calls: many.calls }).toEqual({ statements: few.statements, calls: few.calls });
}

const firstSlots = (size: number) => ({ from: slots[0]!.startTime.toISOString(), to: slots[size - 1]!.endTime.toISOString() });

describe('query counts do not grow with the number of items listed', () => {
  it('appointments', async () => {
    const query = `query($first: Int) { appointments(first: $first) { edges { node { ${APPOINTMENT} } } } }`;
    await expectConstantCounts(
      (first) => countQueries(query, { first }, provider),
      (data) => data.appointments.edges.length,
    );
  });

  it('myAppointments', async () => {
    const query = `query($first: Int) { myAppointments(first: $first) { edges { node { ${APPOINTMENT} } } } }`;
    await expectConstantCounts(
      (first) => countQueries(query, { first }, regular),
      (data) => data.myAppointments.edges.length,
    );
  });

  it('providerSlots', async () => {
    const query = `query($from: DateTime!, $to: DateTime!) {
      providerSlots(from: $from, to: $to) { id startTime isBlocked isBusyInCalendar appointment { ${APPOINTMENT} } }
    }`;
    await expectConstantCounts(
      (size) => countQueries(query, firstSlots(size), provider),
      (data) => data.providerSlots.length,
    );
  });

  it('providerSlots loads appointments and their clients only when asked for', async () => {
    const bare = await countQueries('query($from: DateTime!, $to: DateTime!) { providerSlots(from: $from, to: $to) { id } }', firstSlots(MANY), provider);
    expect(bare.data.providerSlots).toHaveLength(MANY);
    expect(bare.statements).toBe(1);
  });

  it('availableSlots', async () => {
    const query = 'query($from: DateTime!, $to: DateTime!) { availableSlots(from: $from, to: $to) { id startTime endTime isAvailable } }';
    await expectConstantCounts(
      (size) => countQueries(query, firstSlots(size)),
      (data) => data.availableSlots.length,
    );
  });

  it('emails', async () => {
    const query = `query($first: Int) {
      emails(first: $first) { edges { node { id kind to status subject appointment { ${APPOINTMENT} } } } }
    }`;
    await expectConstantCounts(
      (first) => countQueries(query, { first }, provider),
      (data) => data.emails.edges.length,
    );
  });

  it('apiKeys', async () => {
    const prisma = server.app.services.prisma;
    const { id: createdById } = await prisma.user.findUniqueOrThrow({ where: { email: 'provider@example.com' } });
    const addKeys = (from: number, to: number) =>
      prisma.apiKey.createMany({
        data: Array.from({ length: to - from }, (_, offset) => ({
          name: `Key ${from + offset}`,
          prefix: `sl_${from + offset}`,
          hash: `hash-${from + offset}`,
          scopes: ['appointments:read'],
          createdById,
        })),
      });
    const query = '{ apiKeys { id name prefix scopes createdAt lastUsedAt revokedAt } }';
    await expectConstantCounts(
      async (size) => {
        await addKeys(await prisma.apiKey.count(), size);
        return countQueries(query, {}, provider);
      },
      (data) => data.apiKeys.length,
    );
  });

  it('availability: weekly hours and date overrides', async () => {
    const prisma = server.app.services.prisma;
    const addOverrides = async (size: number) => {
      const have = await prisma.dateOverride.count();
      await prisma.dateOverride.createMany({
        data: Array.from({ length: size - have }, (_, offset) => ({
          date: `2027-03-${String(have + offset + 1).padStart(2, '0')}`,
          startMinute: 600,
          endMinute: 720,
        })),
      });
    };
    const query = '{ availability { weeklyHours { weekday start end } dateOverrides { date closed hours { start end } } } }';
    await expectConstantCounts(
      async (size) => {
        await addOverrides(size);
        return countQueries(query, {}, provider);
      },
      (data) => data.availability.dateOverrides.length,
    );
  });

  it('analytics', async () => {
    const query = `query($from: DateTime!, $to: DateTime!) { analytics(from: $from, to: $to) {
      appointments perWeek { weekStart booked cancelled } byWeekday { weekday count } byHour { hour count } } }`;
    await expectConstantCounts(
      (size) => countQueries(query, firstSlots(size), provider),
      (data) => data.analytics.appointments,
    );
  });
});
