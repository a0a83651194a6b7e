import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { parseCsv } from '../parse-csv.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

let server: TestServer;
let provider: string;
let client: string;
const period = () => `from=${luxembourgDate(0, server.now())}&to=${luxembourgDate(30, server.now())}`;

beforeAll(async () => {
  server = await startTestServer();
  provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(3, server.now()) });
  client = await signIn(server.graphqlUrl, 'export.client@example.com', 'Zoé "Z" Müller');
  const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
  const notes = ['Budget, hiring\nand "growth"', '=HYPERLINK("http://evil")'];
  for (const [index, note] of notes.entries()) {
    await graphql(
      server.graphqlUrl,
      'mutation($id: ID!, $n: String) { bookAppointment(input: { slotId: $id, notes: $n }) { __typename } }',
      { id: slots[index]!.id, n: note },
      client,
    );
  }
});

afterAll(() => server?.stop());

it('exports a period as CSV that reads back exactly, with formulas defused', async () => {
  const response = await fetch(`${server.url}/exports/appointments.csv?${period()}`, { headers: { authorization: provider } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="appointments-.*\.csv"/);
  const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  expect(rows[0]).toEqual(['Date', 'Start', 'End', 'Status', 'Client', 'E-mail', 'Notes', 'Cancellation reason', 'Booked at']);
  expect(rows).toHaveLength(3);
  expect(rows[1]).toMatchObject({ 3: 'scheduled', 4: 'Zoé "Z" Müller', 5: 'export.client@example.com', 6: 'Budget, hiring\nand "growth"' });
  expect(rows[1]![1]).toMatch(/^\d\d:\d\d$/);
  expect(rows[2]![6]).toBe('\'=HYPERLINK("http://evil")');
});

it('exports the same period as a PDF whose text lists every appointment', async () => {
  const response = await fetch(`${server.url}/exports/appointments.pdf?${period()}`, { headers: { authorization: provider } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const pdf = await getDocument({ data: new Uint8Array(await response.arrayBuffer()) }).promise;
  const page = await pdf.getPage(1);
  const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
  expect(text).toContain('Appointments');
  expect(text).toContain('2 appointments');
  expect(text.match(/export\.client@example\.com/g)).toHaveLength(2);
  expect(text).toContain('Page 1 of 1');
});

it('is for the provider only, with clear refusals', async () => {
  expect((await fetch(`${server.url}/exports/appointments.csv?${period()}`)).status).toBe(401);
  expect((await fetch(`${server.url}/exports/appointments.csv?${period()}`, { headers: { authorization: client } })).status).toBe(403);
  const bad = await fetch(`${server.url}/exports/appointments.csv?from=2027-02-30&to=2027-03-01`, { headers: { authorization: provider } });
  expect(bad.status).toBe(400);
  expect(await bad.json()).toEqual({ error: { code: 'VALIDATION', message: 'Give the period as ?from=YYYY-MM-DD&to=YYYY-MM-DD.' } });
});

it('answers 400 with a message for periods out of range, never a 500', async () => {
  const status = async (query: string) => {
    const response = await fetch(`${server.url}/exports/appointments.pdf?${query}`, { headers: { authorization: provider } });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return { status: response.status, body: await response.json() };
  };
  expect(await status('from=9999-12-01&to=9999-12-31')).toEqual({
    status: 400,
    body: { error: { code: 'VALIDATION', message: 'Dates must lie between 2000-01-01 and 2100-12-31.' } },
  });
  expect((await status('from=0001-01-01&to=0001-01-02')).status).toBe(400);
  expect((await status('from=2027-03-02&to=2027-03-01')).body.error.message).toBe('"to" must not be before "from".');
  expect((await status('from=2027-01-01&to=2028-01-02')).body.error.message).toBe('The period can span at most 366 days.');
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
});

it('is open to API keys with appointments:read, and only to them', async () => {
  const create = async (scope: string) =>
    (
      await graphql(
        server.graphqlUrl,
        'mutation($s: [ApiScope!]!) { createApiKey(input: { name: "export", scopes: $s }) { ... on CreateApiKeySuccess { secret } } }',
        { s: [scope] },
        provider,
      )
    ).data!.createApiKey.secret;
  const reader = await create('APPOINTMENTS_READ');
  const other = await create('AVAILABILITY_READ');
  expect((await fetch(`${server.url}/exports/appointments.csv?${period()}`, { headers: { authorization: `ApiKey ${reader}` } })).status).toBe(200);
  expect((await fetch(`${server.url}/exports/appointments.pdf?${period()}`, { headers: { authorization: `ApiKey ${other}` } })).status).toBe(403);
});
