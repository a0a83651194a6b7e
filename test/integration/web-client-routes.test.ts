import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ROUTES } from '../../shared/routes.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { makeWebRoot } from '../web-root.js';

let server: TestServer;
let web: ReturnType<typeof makeWebRoot>;

beforeAll(async () => {
  web = makeWebRoot();
  server = await startTestServer({ env: { WEB_ROOT: web.root } });
});

afterAll(() => server?.stop());

const get = async (path: string, method = 'GET') => {
  const response = await fetch(`${server.url}${path}`, { method });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
};

describe('the web client fallback', () => {
  it('answers every page of the app with 200 and the app', async () => {
    const pages = Object.values(CLIENT_ROUTES).map((pattern) => pattern.replace(':id', '0b7e8b1c-5f2a-4c1e-9d1a-3a0c2c4b9e10'));
    expect(pages).toHaveLength(7);
    for (const page of [...pages, '/appointments/', '/?week=2026-11-30']) {
      const answer = await get(page);
      expect({ page, status: answer.status }).toEqual({ page, status: 200 });
      expect(answer.type).toContain('text/html');
      expect(answer.body).toContain('<title>Slotline</title>');
    }
  });

  it('answers unknown page addresses with 404 and the app, which shows its not-found page', async () => {
    for (const page of ['/no-such-page', '/appointments/a/b', '/booked', '/admin/secret', '/sign-in/x?from=y']) {
      const answer = await get(page);
      expect({ page, status: answer.status }).toEqual({ page, status: 404 });
      expect(answer.type).toContain('text/html');
      expect(answer.body).toContain('<title>Slotline</title>');
    }
    expect((await get('/no-such-page', 'HEAD')).status).toBe(404);
  });

  it('answers missing files and assets with a plain 404, never the app', async () => {
    for (const path of ['/assets/app-000000.js', '/assets/no-extension', '/missing.png', '/favicon-old.svg']) {
      const answer = await get(path);
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
      expect(answer.body).not.toContain('<title>Slotline</title>');
    }
    expect((await get(web.script)).status).toBe(200);
  });

  it('serves the app only for reads', async () => {
    const answer = await fetch(`${server.url}/appointments`, { method: 'POST' });
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('<title>');
  });
});
