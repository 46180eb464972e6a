import { test as base, expect, type Page } from '@playwright/test';

export type TestAccount = { email: string; password: string; name: string };

let seq = 0;
export function newAccount(name = 'Avery Platform'): TestAccount {
  seq += 1;
  const tag = `${Date.now().toString(36)}${process.pid}${seq}${Math.random().toString(36).slice(2, 6)}`;
  return { email: `e2e-${tag}@example.com`, password: 'correct horse battery staple', name };
}

/** Creates an account through the API and signs the page's context in through Auth.js's own routes. */
export async function signInAs(page: Page, account: TestAccount): Promise<void> {
  // The e2e server trusts a proxy (TRUST_PROXY), so each account can come from its own address
  // and the per-address sign-up throttle, meant for real clients, does not stop the suite.
  const created = await page.request.post('/api/v1/users', {
    data: account,
    headers: { 'x-forwarded-for': `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { csrfToken } = await (await page.request.get('/api/auth/csrf')).json();
  const signIn = await page.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: account.email, password: account.password },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBe(302);
  expect(signIn.headers()['location']).not.toContain('error');
}

/** A page already signed in as a fresh user. */
export const test = base.extend<{ account: TestAccount; signedInPage: Page }>({
  // A test fails if the browser logs an error (a CSP violation, a failed hydration, an uncaught throw).
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/status of 4\d\d/.test(msg.text())) errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(errors, 'browser console errors').toEqual([]);
  },
  account: async ({}, use) => use(newAccount()),
  signedInPage: async ({ page, account }, use) => {
    await signInAs(page, account);
    await use(page);
  },
});

export { expect };
