import type { Browser, Page } from '@playwright/test';
import { goodStory } from '../fixtures/stories';
import { expect, newAccount, test, type TestAccount } from './fixtures';
import { startTlsProxy } from './support/tls-proxy';

const port = Number(process.env.E2E_PORT);

/** Sign up, sign out, sign in and save a story, all through the UI, at whatever address the page uses. */
async function signUpAndSaveStory(page: Page, account: TestAccount) {
  await page.goto('/signup');
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

  await page.getByLabel('Account menu').click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Create an account' })).toBeVisible();
  await page.goto('/stories/new');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { name: 'New story' })).toBeVisible();
  await page.getByLabel('Title').fill('Paged the right people during a region outage');
  await page.getByLabel('Situation', { exact: true }).fill(goodStory.situation);
  await page.getByLabel('Task', { exact: true }).fill(goodStory.task);
  await page.getByLabel('Action', { exact: true }).fill(goodStory.action);
  await page.getByLabel('Result', { exact: true }).fill(goodStory.result);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByRole('heading', { name: 'Edit story' })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.getByRole('link', { name: 'Back to stories' }).click();
  await expect(page.getByTestId('story-card').filter({ hasText: 'region outage' })).toBeVisible();
}

test('opened by IP address, a visitor signs up, signs in and saves a story', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  await signUpAndSaveStory(page, newAccount('Ip Visitor'));
  await context.close();
});

test.describe('behind a TLS-terminating reverse proxy on another host name', () => {
  let proxy: Awaited<ReturnType<typeof startTlsProxy>>;
  test.beforeAll(async () => {
    proxy = await startTlsProxy(port);
  });
  test.afterAll(async () => proxy.close());

  const proxied = (browser: Browser) => browser.newContext({ baseURL: proxy.url, ignoreHTTPSErrors: true });

  test('a visitor signs up, signs in and saves a story, with a Secure __Secure- session cookie', async ({ browser }) => {
    const context = await proxied(browser);
    const page = await context.newPage();
    await signUpAndSaveStory(page, newAccount('Proxied Visitor'));
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === '__Secure-authjs.session-token');
    expect(session, JSON.stringify(cookies.map((c) => c.name))).toBeDefined();
    expect(session!.secure).toBe(true);
    expect(session!.httpOnly).toBe(true);
    expect(cookies.find((c) => c.name === 'authjs.session-token')).toBeUndefined();
    await context.close();
  });

  test('a mutation whose Origin is a foreign site is still refused', async ({ playwright }) => {
    // Node cannot resolve starboard.localhost as the browser does, so this client names the proxy as localhost.
    const origin = `https://localhost:${proxy.port}`;
    const request = await playwright.request.newContext({ baseURL: origin, ignoreHTTPSErrors: true });
    const own = await request.post('/api/v1/users', { data: newAccount(), headers: { origin } });
    expect(own.status(), await own.text()).toBe(201);
    const foreign = await request.post('/api/v1/users', { data: newAccount(), headers: { origin: 'https://evil.example' } });
    expect(foreign.status()).toBe(403);
    expect(foreign.headers()['content-type']).toBe('application/problem+json');
    // The same host over plain http is another origin too.
    const downgraded = await request.post('/api/v1/users', { data: newAccount(), headers: { origin: origin.replace('https:', 'http:') } });
    expect(downgraded.status()).toBe(403);
    await request.dispose();
  });
});

test('a foreign Origin is refused when the app is reached directly', async ({ request }) => {
  const foreign = await request.post('/api/v1/users', { data: newAccount(), headers: { origin: 'http://evil.example' } });
  expect(foreign.status()).toBe(403);
  const ownByIp = await request.post(`http://127.0.0.1:${port}/api/v1/users`, {
    data: newAccount(),
    headers: { origin: `http://127.0.0.1:${port}` },
  });
  expect(ownByIp.status()).toBe(201);
});

test('a cookie captured before signing out answers 401 afterwards', async ({ signedInPage: page }) => {
  const captured = (await page.context().cookies()).find((c) => c.name === 'authjs.session-token')!;
  const headers = { cookie: `${captured.name}=${captured.value}` };
  const before = await page.request.fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers });
  expect(before.status()).toBe(200);

  await page.goto('/');
  await page.getByLabel('Account menu').click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Create an account' })).toBeVisible();

  const read = await page.request.fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers });
  expect(read.status()).toBe(401);
  const write = await page.request.fetch(`http://127.0.0.1:${port}/api/v1/stories`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    data: { title: 'Should not save' },
  });
  expect(write.status()).toBe(401);
});

test('API errors are problem+json: unknown paths 404, wrong methods 405 with Allow', async ({ request }) => {
  for (const [method, path] of [
    ['GET', '/api/v1/nope'],
    ['POST', '/api/v1/stories/abc/def'],
    ['DELETE', '/api/v1/x'],
  ] as const) {
    const res = await request.fetch(path, { method, data: method === 'GET' ? undefined : {} });
    expect(res.status(), `${method} ${path}`).toBe(404);
    expect(res.headers()['content-type']).toBe('application/problem+json');
    expect((await res.json()).status).toBe(404);
  }
  for (const [method, path, allow] of [
    ['DELETE', '/api/v1/stories', 'GET, POST'],
    ['PUT', '/api/v1/me', 'GET, PATCH, DELETE'],
    ['GET', '/api/v1/import', 'POST'],
    ['POST', '/api/v1/health', 'GET'],
  ] as const) {
    const res = await request.fetch(path, { method });
    expect(res.status(), `${method} ${path}`).toBe(405);
    expect(res.headers()['content-type']).toBe('application/problem+json');
    expect(res.headers()['allow']).toContain(allow);
  }
});

test('the login page never redirects off-site or fails on a hostile next', async ({ signedInPage: page }) => {
  for (const next of ['/%09/evil.invalid', '/%0a/evil.invalid', '/%E3%80%82', '//evil.invalid', '/%5Cevil.invalid']) {
    const res = await page.request.get(`/login?next=${next}`, { maxRedirects: 0 });
    expect(res.status(), next).toBeLessThan(400);
    const location = res.headers()['location'] ?? '';
    expect(location, next).not.toMatch(/evil|^\/\/|\\/);
  }
  const res = await page.request.get('/login?next=/stories?q=caf%C3%A9', { maxRedirects: 0 });
  expect(res.headers()['location']).toBe('/stories?q=caf%C3%A9');
});

test('the account can change its password, sign out everywhere and be deleted from the UI', async ({ signedInPage: page, account }) => {
  await page.goto('/account');
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password', { exact: true }).fill('a much better passphrase');
  await page.getByLabel('New password again').fill('a much better passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('#currentPassword-error')).toContainText('not your current password');
  await page.getByLabel('Current password').fill(account.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed.')).toBeVisible();

  await page.getByLabel('Password to confirm').fill('a much better passphrase');
  await page.getByRole('button', { name: 'Delete account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete account…' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('link', { name: 'Create an account' })).toBeVisible();
  const again = await page.request.post('/api/v1/users', { data: account, headers: { 'x-forwarded-for': '198.51.100.77' } });
  expect(again.status()).toBe(201);
});

test('ending all sessions signs out every browser of the account', async ({ signedInPage: page, account, browser }) => {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto('/login');
  await otherPage.getByLabel('Email').fill(account.email);
  await otherPage.getByLabel('Password').fill(account.password);
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherPage.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

  await page.goto('/account');
  await expect(page.getByText('signed in on 2 browsers')).toBeVisible();
  await page.getByRole('button', { name: 'End all sessions' }).click();
  await page.getByRole('dialog', { name: 'End all sessions?' }).getByRole('button', { name: 'End all sessions' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await otherPage.goto('/stories');
  await expect(otherPage.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect((await otherPage.request.get('/api/v1/me')).status()).toBe(401);
  await other.close();
});

test('signing in through a hostile next lands on the dashboard of this site', async ({ page }) => {
  const account = newAccount();
  const created = await page.request.post('/api/v1/users', { data: account, headers: { 'x-forwarded-for': '198.51.100.23' } });
  expect(created.status()).toBe(201);
  await page.goto('/login?next=%2F%09%2Fevil.invalid%2Fx');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  expect(new URL(page.url()).host).toBe(`localhost:${port}`);
  expect(new URL(page.url()).pathname).toBe('/');
});

test('every API response keeps nosniff, a referrer policy and frame protection, errors included', async ({ request }) => {
  const calls: [string, string][] = [
    ['GET', '/api/v1/health'],
    ['GET', '/api/v1/me'],
    ['POST', '/api/v1/stories'],
    ['GET', '/api/v1/nope'],
    ['DELETE', '/api/v1/stories'],
    ['GET', '/api/auth/csrf'],
  ];
  for (const [method, path] of calls) {
    const res = await request.fetch(path, { method, data: method === 'GET' ? undefined : {} });
    const h = res.headers();
    expect(h['x-content-type-options'], `${method} ${path}`).toBe('nosniff');
    expect(h['referrer-policy'], `${method} ${path}`).toBe('strict-origin-when-cross-origin');
    expect(h['x-frame-options'], `${method} ${path}`).toBe('DENY');
    expect(h['content-security-policy'], `${method} ${path}`).toContain("frame-ancestors 'none'");
  }
});

test('the account security sections fit a 375 px phone and work by keyboard', async ({ signedInPage: page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Leave Starboard' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // Open "End all sessions" with the keyboard, then back out with Escape: nothing is ended.
  await page.getByRole('button', { name: 'End all sessions' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'End all sessions?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await page.request.get('/api/v1/me')).status()).toBe(200);

  // The password form submits with Enter and shows its error beside the field.
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password', { exact: true }).fill('another long passphrase');
  await page.getByLabel('New password again').fill('different long passphrase');
  await page.keyboard.press('Enter');
  await expect(page.locator('#confirmPassword-error')).toHaveText('The two new passwords differ.');
});
