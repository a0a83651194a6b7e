import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

// How each appointment mutation answers each outcome of its use case: the union member, its code,
// message and field path. The use cases' own tests (api/appointments) cover the outcomes themselves.

const ERROR = '... on ValidationError { fields { path message } } ... on Error { code message }';
const BOOK = `mutation($slotId: ID!) { bookAppointment(input: { slotId: $slotId, notes: "Hello" }) {
  __typename ... on BookAppointmentSuccess { appointment { id status notes user { email } } } ${ERROR} } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelAppointment(input: { id: $id, reason: $reason }) {
  __typename ... on CancelAppointmentSuccess { appointment { id status cancelReason } } ${ERROR} } }`;
const RESCHEDULE = `mutation($id: ID!, $slotId: ID!) { rescheduleAppointment(input: { id: $id, slotId: $slotId }) {
  __typename ... on RescheduleAppointmentSuccess { appointment { id startTime user { email } } } ${ERROR} } }`;
const MARK = `mutation($id: ID!, $status: AppointmentOutcome!) { setAppointmentStatus(input: { id: $id, status: $status }) {
  __typename ... on SetAppointmentStatusSuccess { appointment { id status } } ${ERROR} } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

let offset = 0;
let server: TestServer;
let provider: string;
let client: string;
let slots: { id: string; startTime: string; endTime: string }[];

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(Date.now() + offset) });
  provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(3, server.now()) });
  client = await signIn(server.graphqlUrl, 'results@example.com');
  slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
});

afterAll(() => server?.stop());

const book = async (slotId: string, as = client) => (await graphql(server.graphqlUrl, BOOK, { slotId }, as)).data!.bookAppointment;
const cancel = async (id: string, as = client, reason?: string) => (await graphql(server.graphqlUrl, CANCEL, { id, reason }, as)).data!.cancelAppointment;
const reschedule = async (id: string, slotId: string, as = client) =>
  (await graphql(server.graphqlUrl, RESCHEDULE, { id, slotId }, as)).data!.rescheduleAppointment;
const mark = async (id: string, status: string) => (await graphql(server.graphqlUrl, MARK, { id, status }, provider)).data!.setAppointmentStatus;

describe('bookAppointment', () => {
  it('answers the appointment, relations included', async () => {
    expect(await book(slots[0]!.id)).toEqual({
      __typename: 'BookAppointmentSuccess',
      appointment: { id: expect.any(String), status: 'SCHEDULED', notes: 'Hello', user: { email: 'results@example.com' } },
    });
  });

  it('answers a selection without columns', async () => {
    const response = await graphql(
      server.graphqlUrl,
      'mutation($slotId: ID!) { bookAppointment(input: { slotId: $slotId }) { ... on BookAppointmentSuccess { appointment { __typename } } } }',
      { slotId: slots[1]!.id },
      client,
    );
    expect(response).toMatchObject({ status: 200, data: { bookAppointment: { appointment: { __typename: 'Appointment' } } } });
    expect(response.errors).toBeUndefined();
  });

  it('answers a taken slot with SlotUnavailableError', async () => {
    expect(await book(slots[0]!.id)).toEqual({
      __typename: 'SlotUnavailableError',
      code: 'SLOT_UNAVAILABLE',
      message: 'This time slot is no longer available. Please choose another one.',
    });
  });
});

describe('cancelAppointment and rescheduleAppointment', () => {
  it('answer success with the changed appointment', async () => {
    const { appointment } = await book(slots[2]!.id);
    expect(await reschedule(appointment.id, slots[3]!.id)).toEqual({
      __typename: 'RescheduleAppointmentSuccess',
      appointment: { id: appointment.id, startTime: slots[3]!.startTime, user: { email: 'results@example.com' } },
    });
    expect(await cancel(appointment.id, client, '  Something came up  ')).toEqual({
      __typename: 'CancelAppointmentSuccess',
      appointment: { id: appointment.id, status: 'CANCELLED', cancelReason: 'Something came up' },
    });
  });

  it('answer an appointment that is over with ValidationError on input.id', async () => {
    const { appointment } = await book(slots[4]!.id);
    await cancel(appointment.id);
    const notScheduled = {
      __typename: 'ValidationError',
      code: 'VALIDATION',
      message: 'This appointment is cancelled and can no longer be changed.',
      fields: [{ path: 'input.id', message: 'This appointment is cancelled and can no longer be changed.' }],
    };
    expect(await cancel(appointment.id)).toEqual(notScheduled);
    expect(await reschedule(appointment.id, slots[5]!.id)).toEqual(notScheduled);
  });

  it('answer an unknown appointment with NotFoundError', async () => {
    const notFound = { __typename: 'NotFoundError', code: 'NOT_FOUND', message: 'No such appointment.' };
    expect(await cancel(UNKNOWN)).toEqual(notFound);
    expect(await reschedule(UNKNOWN, slots[5]!.id)).toEqual(notFound);
  });

  it('answer malformed ids with ValidationError on their field', async () => {
    expect(await cancel('nope')).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION',
      message: 'The appointment is not a valid id.',
      fields: [{ path: 'input.id', message: 'The appointment is not a valid id.' }],
    });
    expect((await reschedule(UNKNOWN, 'nope')).fields).toEqual([{ path: 'input.slotId', message: 'The slot is not a valid id.' }]);
  });

  it('rescheduleAppointment answers the slot it is in with ValidationError on input.slotId', async () => {
    const { appointment } = await book(slots[6]!.id);
    expect(await reschedule(appointment.id, slots[6]!.id)).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION',
      message: 'The appointment is already in this slot.',
      fields: [{ path: 'input.slotId', message: 'The appointment is already in this slot.' }],
    });
  });

  it('rescheduleAppointment answers a slot inside the notice with SlotUnavailableError saying why', async () => {
    const { appointment } = await book(slots[7]!.id);
    offset = Date.parse(slots[8]!.startTime) - Date.now() - 60 * 60_000;
    try {
      expect(await reschedule(appointment.id, slots[8]!.id, provider)).toEqual({
        __typename: 'SlotUnavailableError',
        code: 'SLOT_UNAVAILABLE',
        message: "This time is too soon: bookings need at least 2 hours' notice.",
      });
    } finally {
      offset = 0;
    }
  });
});

describe('setAppointmentStatus', () => {
  it('answers each refusal with its error and field', async () => {
    expect(await mark(UNKNOWN, 'COMPLETED')).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND', message: 'No such appointment.' });
    expect((await mark('nope', 'COMPLETED')).fields).toEqual([{ path: 'input.id', message: 'The appointment is not a valid id.' }]);

    const ahead = (await book(slots[9]!.id)).appointment;
    expect(await mark(ahead.id, 'NO_SHOW')).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION',
      message: 'Only an appointment that has started can be marked.',
      fields: [{ path: 'input.status', message: 'Only an appointment that has started can be marked.' }],
    });
    await cancel(ahead.id);
    expect(await mark(ahead.id, 'NO_SHOW')).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION',
      message: 'A cancelled appointment cannot be marked completed or no-show.',
      fields: [{ path: 'input.id', message: 'A cancelled appointment cannot be marked completed or no-show.' }],
    });
  });

  it('answers the marked appointment', async () => {
    const { appointment } = await book(slots[10]!.id);
    offset = Date.parse(slots[10]!.endTime) - Date.now() + 60_000;
    try {
      expect(await mark(appointment.id, 'COMPLETED')).toEqual({
        __typename: 'SetAppointmentStatusSuccess',
        appointment: { id: appointment.id, status: 'COMPLETED' },
      });
    } finally {
      offset = 0;
    }
  });
});
