import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { makeWebRoot } from '../web-root.js';
import { waitFor } from '../wait-for.js';
import { findNginx, makeSelfSignedCertificate, startNginx, writeNginxConfig } from '../production/nginx.js';

// The committed production config (docker/nginx/slotline.conf), run by Debian's nginx in front of
// one real server. Only what differs on this machine is rewritten: ports, upstream addresses, paths.
const HTTP_PORT = 4480;
const HTTPS_PORT = 4443;
// Nothing listens here: the second "instance" is down, and nginx must route around it.
const DEAD_UPSTREAM_PORT = 4419;
const BASE = `https://127.0.0.1:${HTTPS_PORT}`;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; ca?: Buffer } = {}): Promise<Answer> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: options.method ?? 'GET', headers: options.headers, ca: options.ca }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('the production nginx config in front of the API', () => {
  let nginx: ReturnType<typeof startNginx> | undefined;
  let nginxArgs: string[];
  let server: TestServer;
  let dir: string;
  let ca: Buffer;
  let nginxBinary: string;

  beforeAll(async () => {
    nginxBinary = findNginx();
    dir = mkdtempSync(join(tmpdir(), 'slotline-nginx-'));
    // As root, nginx's workers run as an unprivileged user that must reach the challenge files.
    chmodSync(dir, 0o755);
    ca = makeSelfSignedCertificate(dir);
    mkdirSync(join(dir, 'acme', '.well-known', 'acme-challenge'), { recursive: true });
    writeFileSync(join(dir, 'acme', '.well-known', 'acme-challenge', 'token-123'), 'token-123.thumbprint');

    server = await startTestServer({ env: { WEB_ROOT: makeWebRoot().root } });
    nginxArgs = writeNginxConfig({
      dir,
      httpPort: HTTP_PORT,
      httpsPort: HTTPS_PORT,
      upstreams: [`127.0.0.1:${new URL(server.url).port}`, `127.0.0.1:${DEAD_UPSTREAM_PORT}`],
    });
  });

  afterAll(async () => {
    await nginx?.stop();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes nginx -t', () => {
    const test = spawnSync(nginxBinary, ['-t', ...nginxArgs], { encoding: 'utf8' });
    expect(test.stderr).toContain('test is successful');
    expect(test.status).toBe(0);
  });

  describe('running', () => {
    beforeAll(async () => {
      nginx = startNginx(nginxBinary, nginxArgs);
      await waitFor(async () => (await send(`${BASE}/healthz`, { ca }).catch(() => null))?.status === 200, 10_000);
    });

    it('sends plain HTTP to HTTPS, but answers ACME challenges over HTTP', async () => {
      const redirect = await send(`http://127.0.0.1:${HTTP_PORT}/book/slot?week=2`);
      expect(redirect.status).toBe(301);
      expect(redirect.headers.location).toBe('https://127.0.0.1/book/slot?week=2');

      const challenge = await send(`http://127.0.0.1:${HTTP_PORT}/.well-known/acme-challenge/token-123`);
      expect(challenge.status).toBe(200);
      expect(challenge.body).toBe('token-123.thumbprint');
    });

    it('serves the web app and the API over HTTPS with one HSTS header, past an instance that is down', async () => {
      for (let attempt = 0; attempt < 4; attempt++) {
        const page = await send(`${BASE}/appointments`, { ca });
        expect(page.status).toBe(200);
        expect(page.body).toContain('<title>Slotline</title>');
        expect(page.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');

        const answer = await send(`${BASE}/graphql`, {
          ca,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect(answer.status).toBe(200);
        expect(JSON.parse(answer.body)).toEqual({ data: { __typename: 'Query' } });
      }
    });

    it('speaks HTTP/2 and TLS 1.2 or 1.3 only', async () => {
      const negotiated = await new Promise<string | false | null>((resolve, reject) => {
        const socket = tlsConnect({ host: '127.0.0.1', port: HTTPS_PORT, ca, ALPNProtocols: ['h2', 'http/1.1'] }, () => {
          resolve(socket.alpnProtocol);
          socket.end();
        });
        socket.on('error', reject);
      });
      expect(negotiated).toBe('h2');

      const old = new Promise((resolve, reject) => {
        const socket = tlsConnect({ host: '127.0.0.1', port: HTTPS_PORT, ca, minVersion: 'TLSv1', maxVersion: 'TLSv1.1' }, () => resolve(socket.getProtocol()));
        socket.on('error', reject);
      });
      await expect(old).rejects.toThrow();
    });

    it('keeps /metrics private and refuses bodies over 1 MB', async () => {
      const metrics = await send(`${BASE}/metrics`, { ca });
      expect(metrics.status).toBe(404);
      expect(metrics.headers.server).toMatch(/^nginx/);

      const large = await send(`${BASE}/graphql`, {
        ca,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.alloc(1024 * 1024 + 1, 32),
      });
      expect(large.status).toBe(413);
    });

    it('carries a GraphQL subscription over a WebSocket', async () => {
      await prepareSlots(server.graphqlUrl, { from: luxembourgDate(2, server.now()), to: luxembourgDate(3, server.now()) });
      const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
      const socket = new WebSocket(`wss://127.0.0.1:${HTTPS_PORT}/graphql`, 'graphql-transport-ws', { ca });
      const messages: { type: string; id?: string; payload?: unknown }[] = [];
      socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8')) as (typeof messages)[number]));
      try {
        await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
        socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
        await waitFor(async () => messages.some((message) => message.type === 'connection_ack'));
        const window = { from: new Date().toISOString(), to: new Date(Date.now() + 30 * 86_400_000).toISOString() };
        const query = 'subscription($from: DateTime!, $to: DateTime!) { slotsChanged(from: $from, to: $to) { id isAvailable } }';
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: window } }));
        await new Promise((resolve) => setTimeout(resolve, 200));

        const client = await signIn(server.graphqlUrl, 'through-nginx@example.com');
        const booked = await graphql(
          server.graphqlUrl,
          'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename } }',
          { id: slot!.id },
          client,
        );
        expect(booked.data?.bookAppointment).toEqual({ __typename: 'BookAppointmentSuccess' });
        await waitFor(async () => messages.some((message) => message.id === '1' && message.type === 'next'));
        expect(messages.find((message) => message.id === '1')).toEqual({
          id: '1',
          type: 'next',
          payload: { data: { slotsChanged: { id: slot!.id, isAvailable: false } } },
        });
      } finally {
        socket.close();
      }
    });
  });
});
