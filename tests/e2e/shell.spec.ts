import { expect, newAccount, signInAs, test } from './fixtures';

test('the shell navigates, edits the profile and works at 375 px', async ({ signedInPage: page, account }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  for (const [link, heading] of [
    ['Stories', 'Stories'],
    ['Case studies', 'Case studies'],
    ['Metrics', 'Impact metrics'],
    ['Fundamentals', 'Platform fundamentals'],
    ['Practice', 'Practice'],
    ['Network', 'Network'],
  ]) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
  }
  await nav.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { name: 'Account' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Account' })).toHaveAttribute('aria-current', 'page');

  await page.getByLabel('Target industry').fill('Fintech');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const me = await (await page.request.get('/api/v1/me')).json();
  expect(me).toMatchObject({ email: account.email, targetIndustry: 'Fintech' });

  await page.reload();
  await expect(page.getByLabel('Target industry')).toHaveValue('Fintech');

  // The account menu opens from the keyboard and closes with Escape.
  await page.getByLabel('Account menu').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await expect(page.getByLabel('Account menu')).toBeFocused();
  // Nothing overflows the narrow viewport.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a second user never sees the first user's name or data", async ({ browser }) => {
  const first = await browser.newPage();
  const firstAccount = newAccount('Quinn First');
  await signInAs(first, firstAccount);
  await first.request.patch('/api/v1/me', { data: { targetIndustry: 'Healthcare secret' } });

  const second = await browser.newPage();
  await signInAs(second, newAccount('Riley Second'));
  await second.goto('/account');
  await expect(second.getByRole('heading', { name: 'Account' })).toBeVisible();
  const html = await second.content();
  expect(html).not.toContain('Quinn First');
  expect(html).not.toContain(firstAccount.email);
  expect(html).not.toContain('Healthcare secret');
  const me = await (await second.request.get('/api/v1/me')).json();
  expect(me.name).toBe('Riley Second');
  expect(me.targetIndustry).toBeNull();
  await first.close();
  await second.close();
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/login', '/api/v1/me', '/api/auth/csrf', '/favicon-missing.png']) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h['content-security-policy'], path).toMatch(/default-src 'self'/);
    expect(h['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
    expect(h['content-security-policy'], path).toMatch(/object-src 'none'/);
    expect(h['content-security-policy'], path).toMatch(/base-uri 'self'/);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['x-powered-by'], path).toBeUndefined();
  }
  const page = await request.get('/login');
  const nonce = /'nonce-([^']+)'/.exec(page.headers()['content-security-policy']!)![1];
  expect(await page.text()).toContain(`nonce="${nonce}"`);
  const me = await request.get('/api/v1/me');
  expect(me.status()).toBe(401);
  expect(me.headers()['content-type']).toBe('application/problem+json');
});
