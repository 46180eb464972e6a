import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/users/route';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { call, expectProblem } from '../helpers/api';

const signUp = (body: unknown) => call(POST, { method: 'POST', path: '/api/v1/users', body });
const userCount = () => getDb().select().from(users).all().length;

describe('POST /api/v1/users', () => {
  it('creates an account, lower-cases the email and returns no secret', async () => {
    const res = await signUp({ email: '  Ada@Example.COM ', password: 'a long enough pass', name: 'Ada' });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['email', 'id', 'name']);
    expect(body).toMatchObject({ email: 'ada@example.com', name: 'Ada' });
    expect(JSON.stringify(body)).not.toMatch(/argon|hash|password/i);
    const row = getDb()
      .select()
      .from(users)
      .all()
      .find((u) => u.id === body.id)!;
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('answers 409 for the same email in other letter case and adds no row', async () => {
    await signUp({ email: 'grace@example.com', password: 'a long enough pass' });
    const before = userCount();
    const problem = await expectProblem(await signUp({ email: 'GRACE@example.com', password: 'another long pass' }), 409);
    expect(problem.errors?.email?.[0]).toMatch(/already exists/);
    expect(userCount()).toBe(before);
  });

  it('rejects a 9-character password and accepts 10 Unicode characters', async () => {
    const problem = await expectProblem(await signUp({ email: 'short@example.com', password: '123456789' }), 400);
    expect(problem.errors?.password?.[0]).toMatch(/at least 10/);
    // Ten code points, some of them outside the BMP: counted as characters, not UTF-16 units.
    const res = await signUp({ email: 'emoji@example.com', password: '🔐🔐🔐🔐🔐ñandú' });
    expect(res.status).toBe(201);
  });

  it('rejects a password over 256 characters', async () => {
    await expectProblem(await signUp({ email: 'long@example.com', password: 'x'.repeat(257) }), 400);
  });

  it.each([
    ['malformed email', { email: 'not-an-email', password: 'a long enough pass' }, 'email'],
    ['missing email', { password: 'a long enough pass' }, 'email'],
    ['number as password', { email: 'n@example.com', password: 1234567890123 }, 'password'],
    ['unknown field', { email: 'u@example.com', password: 'a long enough pass', admin: true }, '_'],
  ])('rejects %s with a field error', async (_label, body, field) => {
    const before = userCount();
    const problem = await expectProblem(await signUp(body), 400);
    expect(Object.keys(problem.errors ?? {})).toContain(field);
    expect(userCount()).toBe(before);
  });

  it('rejects malformed JSON and an array body with 400, never 500', async () => {
    await expectProblem(await call(POST, { method: 'POST', rawBody: '{"email": ' }), 400);
    await expectProblem(await signUp([{ email: 'a@example.com', password: 'a long enough pass' }]), 400);
  });

  it('rejects a cross-origin sign-up with 403', async () => {
    const res = await call(POST, {
      method: 'POST',
      body: { email: 'csrf@example.com', password: 'a long enough pass' },
      headers: { origin: 'https://evil.example' },
    });
    await expectProblem(res, 403);
  });
});
