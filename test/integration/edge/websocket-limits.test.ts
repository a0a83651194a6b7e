import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSocket } from '../../raw-ws.js';
import { expectStillServing, startTestServer, type TestServer } from '../../test-server.js';

const SLOTS_CHANGED = 'subscription { slotsChanged(from: "2030-01-01T00:00:00Z", to: "2030-02-01T00:00:00Z") { id } }';
const errorCode = (payload: unknown) => (payload as { extensions?: { code?: string } }[])[0]?.extensions?.code;

describe('the same budget as HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(() => server?.stop());

  it('closes a socket whose connection_init carries a junk credential with 4401', async () => {
    const socket = await openSocket(server.wsUrl);
    socket.send({ type: 'connection_init', payload: { authorization: 'Bearer junk' } });
    expect(await socket.closed).toEqual({ code: 4401, reason: 'The sign-in token is malformed.' });
  });

  it('counts connection_init and every operation, and refuses operations past the budget', async () => {
    const token = server.app.services.devTokens!.sign({ email: 'flood@example.com', name: null });
    const socket = await openSocket(server.wsUrl);
    await socket.init(`Bearer ${token}`);
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await socket.operation(`q${i}`, '{ __typename }'));
    expect(answers.map((answer) => answer.type)).toEqual(['next', 'next', 'next', 'next', 'error', 'error']);
    expect(errorCode(answers[4]!.payload)).toBe('RATE_LIMITED');
    // The same person over HTTP has spent the same budget.
    const http = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query":"{ __typename }"}',
    });
    expect(http.status).toBe(429);
    socket.close();
    await expectStillServing(server);
  });
});

describe('caps on sockets and subscriptions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3', WS_MAX_SUBSCRIPTIONS_PER_ADDRESS: '5', WS_MAX_CONNECTIONS_PER_ADDRESS: '4' },
    });
  });
  afterAll(() => server?.stop());

  const subscribe = async (socket: Awaited<ReturnType<typeof openSocket>>, id: string) => {
    socket.send({ id, type: 'subscribe', payload: { query: SLOTS_CHANGED } });
    // A live subscription says nothing until a slot changes; a refused one answers at once.
    await new Promise((resolve) => setTimeout(resolve, 150));
    return socket.messages.find((message) => message.id === id && message.type === 'error');
  };

  it('refuses a fourth subscription on one connection', async () => {
    const socket = await openSocket(server.wsUrl);
    await socket.init();
    for (const id of ['a', 'b', 'c']) expect(await subscribe(socket, id)).toBeUndefined();
    const refused = await subscribe(socket, 'd');
    expect(errorCode(refused!.payload)).toBe('RATE_LIMITED');
    socket.close();
    await socket.closed;
  });

  it('caps subscriptions per address across connections, and frees them when sockets close', async () => {
    const first = await openSocket(server.wsUrl);
    const second = await openSocket(server.wsUrl);
    await first.init();
    await second.init();
    for (const id of ['a', 'b', 'c']) expect(JSON.stringify(await subscribe(first, id)) ?? null).toBeNull();
    for (const id of ['a', 'b']) expect(await subscribe(second, id)).toBeUndefined();
    expect(errorCode((await subscribe(second, 'c'))!.payload)).toBe('RATE_LIMITED');
    first.close();
    await first.closed;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await subscribe(second, 'd')).toBeUndefined();
    second.close();
    await second.closed;
  });

  it('closes a socket beyond the connections allowed per address with 1008', async () => {
    const open = await Promise.all([1, 2, 3, 4].map(() => openSocket(server.wsUrl)));
    const fifth = await openSocket(server.wsUrl);
    expect(await fifth.closed).toMatchObject({ code: 1008 });
    for (const socket of open) socket.close();
    await Promise.all(open.map((socket) => socket.closed));
    await expectStillServing(server);
  });

  it('refuses a message over 1 MB by closing the socket, and keeps serving', async () => {
    const socket = await openSocket(server.wsUrl);
    await socket.init();
    socket.send({ id: 'big', type: 'subscribe', payload: { query: `{ __typename }`, variables: { padding: 'p'.repeat(1_100_000) } } });
    expect((await socket.closed).code).toBe(1009);
    await expectStillServing(server);
  });
});
