import { expect, newAccount, test } from './fixtures';

test('a visitor signs up, signs out, fails with a wrong password, then signs in', async ({ page }) => {
  const account = newAccount('Morgan Lee');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Create an account' }).click();

  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid email address')).toBeVisible();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();

  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByTestId('account-name')).toHaveText(account.name);

  await page.getByLabel('Account menu').click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Create an account' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=%2Faccount/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill('wrong password here');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('form-message')).toHaveText('That email and password do not match an account.');

  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Account' })).toBeVisible();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
});

test('signing up with a taken email shows the error beside the email field', async ({ page }) => {
  const account = newAccount();
  expect((await page.request.post('/api/v1/users', { data: account })).status()).toBe(201);
  await page.goto('/signup');
  await page.getByLabel('Email').fill(account.email.toUpperCase());
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#email-error')).toContainText('already exists');
});

test('the 11th failed sign-in is throttled for known and unknown emails alike', async ({ request }) => {
  const account = newAccount();
  expect((await request.post('/api/v1/users', { data: account })).status()).toBe(201);
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  for (const email of [account.email, `ghost-${account.email}`]) {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await request.post('/api/auth/callback/credentials', {
        form: { csrfToken, email, password: 'wrong password here' },
        maxRedirects: 0,
      });
      statuses.push(res.status());
      if (i < 10) expect(res.headers()['location']).toContain('error=CredentialsSignin');
      else expect(res.headers()['content-type']).toBe('application/problem+json');
    }
    expect(statuses).toEqual([...Array(10).fill(302), 429]);
  }
  // Throttled even with the right password.
  const res = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: account.email, password: account.password },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(429);
  const session = await (await request.get('/api/auth/session')).json();
  expect(session).toBeNull();
});
