import { expect, test, type Page, type Route, type WebSocketRoute } from '@playwright/test';
import { googleSignIn, persistedFirebaseUser, persistFirebaseUser, startFirebaseE2e, tokenClaims } from '../test/firebase-e2e.js';

// A second server, in Firebase mode, next to the suite's dev-mode one.
const port = Number(process.env.E2E_PORT ?? 4100) + 1;
const baseURL = `http://127.0.0.1:${port}`;
test.use({ baseURL });

let setup: Awaited<ReturnType<typeof startFirebaseE2e>>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  setup = await startFirebaseE2e(port);
});

test.afterAll(async () => {
  await setup?.stop();
});

/** Every bearer token the page sends to the API, in order. */
function watchTokens(page: Page): string[] {
  const tokens: string[] = [];
  page.on('request', (request) => {
    const authorization = request.headers().authorization;
    if (request.url().endsWith('/graphql') && authorization?.startsWith('Bearer ')) tokens.push(authorization.slice('Bearer '.length));
  });
  return tokens;
}

const refreshes = () => setup.firebase.requests.filter((request) => request === 'POST /securetoken.googleapis.com/v1/token').length;

test('a Google session survives reloads, its hourly token is renewed, and signing out ends it in Firebase too', async ({ page }) => {
  const { persisted } = await googleSignIn(setup.firebase.host, { sub: 'google-grace', email: 'grace@example.com', name: 'Grace Hopper' });
  // The browser's clock, to move it past the token's hour.
  await page.clock.install();
  await persistFirebaseUser(page, baseURL, persisted);
  const tokens = watchTokens(page);
  const initMessages: string[] = [];
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => void (String(payload).includes('connection_init') && initMessages.push(String(payload)))),
  );

  let socketRoute: WebSocketRoute | null = null;
  await page.routeWebSocket(/\/graphql$/, (route) => {
    route.connectToServer();
    socketRoute = route;
  });

  // A page load restores the session Firebase persisted: nothing else signed this browser in.
  await page.goto('/appointments');
  await expect(page.getByRole('heading', { level: 1, name: 'My appointments' })).toBeVisible();
  await expect(page.getByText('Signed in as grace@example.com')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My appointments' })).toBeVisible();
  await expect(page.getByText('Signed in as grace@example.com')).toBeVisible();
  const firstToken = tokens.at(-1)!;
  expect(tokenClaims(firstToken).sub).toBeTruthy();

  // The booking page keeps a live connection, authenticated with the token of the time.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Book' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Book a consultation' })).toBeVisible();
  await expect.poll(() => initMessages.length).toBeGreaterThan(0);
  expect(initMessages.at(-1)).toContain(firstToken);

  // An hour and five minutes later, the ID token has expired: Firebase renews it, and the app uses the new one.
  const before = refreshes();
  await page.clock.fastForward('01:05:00');
  await expect.poll(refreshes).toBeGreaterThan(before);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My appointments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My appointments' })).toBeVisible();
  await expect.poll(() => tokens.at(-1)).not.toBe(firstToken);
  const renewed = tokens.at(-1)!;
  expect(tokenClaims(renewed).iat).toBeGreaterThan(tokenClaims(firstToken).iat);
  expect(tokens.slice(tokens.indexOf(renewed))).not.toContain(firstToken);
  await expect(page.getByText('Signed in as grace@example.com')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The live connection drops; it comes back with the renewed token.
  const inits = initMessages.length;
  await socketRoute!.close({ code: 4000, reason: 'network lost' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Book' }).click();
  await expect.poll(() => initMessages.length, { timeout: 20_000 }).toBeGreaterThan(inits);
  expect(initMessages.at(-1)).not.toContain(firstToken);
  expect(initMessages.at(-1)).toContain(tokens.at(-1)!.slice(0, 40));

  // Signing out signs out of Firebase: its persisted user is gone, and a reload stays signed out.
  await page.getByRole('button', { name: /Sign out/ }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect.poll(() => persistedFirebaseUser(page)).toBeNull();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/appointments');
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await persistedFirebaseUser(page)).toBeNull();
});

test('a session revoked in Firebase ends: the refused request renews the token once, Firebase refuses, and the app signs out everywhere', async ({ page }) => {
  const { uid, persisted } = await googleSignIn(setup.firebase.host, { sub: 'google-provider', email: 'provider@example.com', name: 'Claire Weber' });
  await page.clock.install();
  await persistFirebaseUser(page, baseURL, persisted);
  await page.goto('/appointments');
  await expect(page.getByText('Signed in as provider@example.com')).toBeVisible();

  // The token is renewed on time; then the consultant's sessions are revoked (the server checks the consultant's
  // tokens for revocation, so the renewed token, new to it, is refused).
  // Requests wait meanwhile, so that the server first meets the renewed token after the revocation.
  const held: Route[] = [];
  await page.route('**/graphql', (route) => void held.push(route));
  const before = refreshes();
  await page.clock.fastForward('01:05:00');
  await expect.poll(refreshes).toBeGreaterThan(before);
  const renewals = refreshes();
  setup.firebase.revokeTokens(uid);
  const refused = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.status() === 401);
  await page.unroute('**/graphql');
  for (const route of held) await route.continue();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Book' }).click();
  await refused;
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  // One renewal after the refusal, which Firebase refuses too; no retry loop.
  expect(refreshes()).toBe(renewals + 1);
  await expect.poll(() => persistedFirebaseUser(page)).toBeNull();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/appointments');
  await expect(page).toHaveURL(/\/sign-in$/);
});
