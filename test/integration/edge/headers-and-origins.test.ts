import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../test-database.js';
import { expectStillServing, startTestServer, type TestServer } from '../../test-server.js';
import { makeWebRoot } from '../../web-root.js';

const web = makeWebRoot();

describe('in development', () => {
  let server: TestServer;
  const logs: Record<string, unknown>[] = [];
  beforeAll(async () => {
    server = await startTestServer({ env: { WEB_ROOT: web.root, APP_URL: 'http://app.example.test', CORS_ORIGINS: 'https://partner.example' }, logs });
  });
  afterAll(() => server?.stop());

  it('sends security headers on every kind of response', async () => {
    const responses = await Promise.all([
      fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }),
      fetch(`${server.url}/`),
      fetch(`${server.url}/healthz`),
      fetch(`${server.url}/no-such-file.png`),
      fetch(`${server.url}/%E0%A4%A`),
    ]);
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, response.url).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('lets only the app and the configured origins call the API from a browser, never with credentials', async () => {
    const preflight = (origin: string) =>
      fetch(server.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    const foreign = await preflight('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    for (const origin of ['http://app.example.test', 'https://partner.example']) {
      const allowed = await preflight(origin);
      expect(allowed.status).toBeLessThan(300);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    }
    const simple = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('compresses what it serves', async () => {
    const script = await fetch(`${server.url}${web.script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(script.headers.get('content-encoding')).toBe('br');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`${server.url}/appointments/123`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Slotline</title>');
  });

  it('logs a failure of ours with the request id, answers that id, and never logs the credential', async () => {
    const token = server.app.services.devTokens!.sign({ email: 'unlucky@example.com', name: null });
    const name = new URL(server.databaseUrl).pathname.slice(1);
    await withDatabase(inject('adminDatabaseUrl'), (client) => client.query(`DROP DATABASE "${name}" WITH (FORCE)`));
    const response = await fetch(`${server.url}/exports/appointments.csv?from=2030-01-01&to=2030-01-31`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(500);
    const requestId = response.headers.get('x-request-id');
    expect(await response.json()).toEqual({
      error: { code: 'INTERNAL_SERVER_ERROR', message: `Something went wrong on our side. Quote request id ${requestId} if you contact us.`, requestId },
    });
    const logged = logs.find((line) => line.reqId === requestId && line.msg === 'request failed');
    expect(logged).toMatchObject({ level: 50, path: '/exports/appointments.csv' });
    expect(JSON.stringify(logs)).not.toContain(token);
    expect(JSON.stringify(logs)).not.toContain('2030-01-31');
    await expectStillServing(server);
  });
});

describe('in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: {
        NODE_ENV: 'production',
        AUTH_MODE: 'firebase',
        FIREBASE_PROJECT_ID: 'slotline-prod-test',
        FIREBASE_WEB_API_KEY: 'public-web-key',
        APP_URL: 'https://book.example.com',
        WEB_ROOT: web.root,
      },
    });
  });
  afterAll(() => server?.stop());

  it('sends HSTS and a policy that allows Firebase sign-in and nothing else', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self' https://apis.google.com");
    expect(csp).toContain('frame-src https://slotline-prod-test.firebaseapp.com https://accounts.google.com');
    expect(csp).toContain('upgrade-insecure-requests');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('keeps source maps private', async () => {
    expect((await fetch(`${server.url}${web.script}`)).status).toBe(200);
    const map = await fetch(`${server.url}${web.sourceMap}`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('secret-source');
  });

  it('refuses introspection over WebSocket as over HTTP', async () => {
    const http = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __schema { types { name } } }"}',
    });
    expect(JSON.stringify(await http.json())).toMatch(/introspection/i);
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const messages: { type: string; payload?: unknown }[] = [];
    socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8'))));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    await expect.poll(() => messages.some((message) => message.type === 'connection_ack')).toBe(true);
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __schema { types { name } } }' } }));
    await expect.poll(() => messages.find((message) => message.type === 'error' || message.type === 'next')).toBeTruthy();
    const answer = messages.find((message) => message.type === 'error' || message.type === 'next')!;
    expect(answer.type).toBe('error');
    expect(JSON.stringify(answer.payload)).toMatch(/introspection/i);
    socket.close();
  });
});
