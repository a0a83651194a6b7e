import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../../raw-http.js';
import { expectStillServing, startTestServer, type TestServer } from '../../test-server.js';
import { makeWebRoot } from '../../web-root.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { WEB_ROOT: makeWebRoot().root } });
});

afterAll(() => server?.stop());

/** Percent-encodings that no decoder accepts: truncated, non-hex, invalid or overlong UTF-8, surrogates. */
function brokenEncodings(): string[] {
  const truncated = ['%', '%A', '%E0%A4%A', '%E0%A4', '%F0%9F%98', '%C3'];
  const nonHex = ['%ZZ', '%G0', '%0G', '%%', '%-1', '%u0041'];
  const invalidUtf8 = ['%FF', '%FE', '%C0%AF', '%C1%BF', '%E0%80%AF', '%F8%88%80%80%80', '%80', '%BF', '%ED%A0%80', '%ED%BF%BF', '%F4%90%80%80'];
  return [...truncated, ...nonHex, ...invalidUtf8];
}

const PREFIXES = ['/', '/x/', '/graphql/', '/assets/', '/exports/appointments.', '/oauth/google/', '/settings/', '/healthz/'];

describe('malformed URLs', () => {
  const paths = PREFIXES.flatMap((prefix) => brokenEncodings().map((encoding) => `${prefix}${encoding}`));

  it(`answers each of ${paths.length} generated malformed paths with 400, and keeps serving`, async () => {
    const answers = new Map<string, number>();
    for (const path of paths) answers.set(path, (await rawRequest(server.url, { path })).status);
    const wrong = [...answers].filter(([, status]) => status !== 400);
    expect(wrong).toEqual([]);
    await expectStillServing(server);
  });

  it('answers malformed query strings on every route without a 5xx', async () => {
    const routes = ['/graphql', '/', '/settings', '/assets/app-4f2a9c.js', '/exports/appointments.csv', '/healthz', '/readyz'];
    const queries = brokenEncodings().flatMap((encoding) => [`?query=${encoding}`, `?${encoding}=1`, `?from=${encoding}&to=${encoding}`]);
    for (const route of routes) {
      for (const query of queries) {
        const { status } = await rawRequest(server.url, { path: `${route}${query}`, headers: { 'x-graphql-yoga-csrf': '1' } });
        expect(status, `${route}${query}`).toBeLessThan(500);
      }
    }
    await expectStillServing(server);
  });

  it('refuses path traversal and odd methods with a 4xx', async () => {
    for (const path of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/%00',
      '/index.html%00.js',
    ]) {
      const response = await rawRequest(server.url, { path });
      expect(response.body, path).not.toMatch(/root:|"name": "slotline"/);
      expect(response.status, path).toBeLessThan(500);
    }
    for (const method of ['PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND']) {
      expect((await rawRequest(server.url, { method, path: '/graphql' })).status, method).toBeGreaterThanOrEqual(400);
    }
    await expectStillServing(server);
  });
});

describe('bodies', () => {
  it('refuses a 15 MB chunked body with 413 without reading it all', async () => {
    async function* fifteenMegabytes() {
      yield Buffer.from('{"query":"{ __typename }","variables":{"padding":"');
      for (let i = 0; i < 15; i++) yield Buffer.alloc(1024 * 1024, 'p');
      yield Buffer.from('"}}');
    }
    const response = await rawRequest(server.url, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      chunks: fifteenMegabytes(),
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    await expectStillServing(server);
  });

  it('answers broken JSON, empty bodies, prototype poisoning and unknown content types with a 4xx', async () => {
    const cases: [string, string][] = [
      ['application/json', '{"query": '],
      ['application/json', ''],
      ['application/json', '{"__proto__": {"polluted": true}, "query": "{ __typename }"}'],
      ['application/json', '"just a string"'],
      ['application/json', '[]'],
      ['application/xml', '<query/>'],
      ['multipart/form-data; boundary=x', '--x--'],
    ];
    for (const [type, body] of cases) {
      const { status } = await rawRequest(server.url, { method: 'POST', path: '/graphql', headers: { 'content-type': type }, chunks: [Buffer.from(body)] });
      expect(status, `${type} ${body}`).toBeGreaterThanOrEqual(400);
      expect(status, `${type} ${body}`).toBeLessThan(500);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await expectStillServing(server);
  });
});
