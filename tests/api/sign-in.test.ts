import { describe, expect, it } from 'vitest';
import { POST as signUpRoute } from '@/app/api/v1/users/route';
import { isSignInThrottled, SIGN_IN_LIMIT, SIGN_IN_WINDOW_MS, verifyCredentials } from '@/lib/auth/credentials';
import { call } from '../helpers/api';

async function signUp(email: string, password = 'correct horse battery') {
  const res = await call(signUpRoute, { method: 'POST', body: { email, password } });
  expect(res.status).toBe(201);
}

describe('verifyCredentials', () => {
  it('accepts the right password in any email letter case', async () => {
    await signUp('lin@example.com');
    const result = await verifyCredentials({ email: 'LIN@Example.com', password: 'correct horse battery' });
    expect(result).toMatchObject({ ok: true, user: { email: 'lin@example.com' } });
  });

  it('fails the same way for a wrong password and an unknown email', async () => {
    await signUp('kay@example.com');
    const wrong = await verifyCredentials({ email: 'kay@example.com', password: 'wrong password!' });
    const unknown = await verifyCredentials({ email: 'nobody@example.com', password: 'wrong password!' });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
  });

  it.each([
    ['existing', 'max@example.com'],
    ['unknown', 'ghost@example.com'],
  ])('throttles an %s email after the limit of failures, even with the right password', async (kind, email) => {
    if (kind === 'existing') await signUp(email);
    const t0 = Date.now();
    for (let i = 0; i < SIGN_IN_LIMIT; i++) {
      expect(await verifyCredentials({ email, password: 'wrong password!' }, t0 + i)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(isSignInThrottled(email.toUpperCase(), t0 + SIGN_IN_LIMIT)).toBe(true);
    expect(await verifyCredentials({ email, password: 'correct horse battery' }, t0 + SIGN_IN_LIMIT)).toEqual({
      ok: false,
      reason: 'throttled',
    });
    // Other emails are unaffected, and the window expires.
    expect(isSignInThrottled('someone-else@example.com', t0 + SIGN_IN_LIMIT)).toBe(false);
    expect(isSignInThrottled(email, t0 + SIGN_IN_WINDOW_MS + SIGN_IN_LIMIT)).toBe(false);
  });

  it('clears the failure count after a successful sign-in', async () => {
    await signUp('ria@example.com');
    const t0 = Date.now();
    for (let i = 0; i < SIGN_IN_LIMIT - 1; i++) await verifyCredentials({ email: 'ria@example.com', password: 'nope nope nope' }, t0);
    expect((await verifyCredentials({ email: 'ria@example.com', password: 'correct horse battery' }, t0)).ok).toBe(true);
    expect((await verifyCredentials({ email: 'ria@example.com', password: 'nope nope nope' }, t0)).ok).toBe(false);
    expect(isSignInThrottled('ria@example.com', t0)).toBe(false);
  });

  it('treats garbage input as invalid, not as an error', async () => {
    for (const input of [null, {}, { email: 42, password: [] }, { email: 'a@b.co', password: '' }]) {
      expect(await verifyCredentials(input)).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
