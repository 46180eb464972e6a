import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET, PATCH } from '@/app/api/v1/me/route';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { call, createTestUser, expectProblem } from '../helpers/api';

describe('/api/v1/me', () => {
  it('is 401 problem+json without a session or with a forged one', async () => {
    await expectProblem(await call(GET), 401);
    await expectProblem(await call(GET, { cookie: 'authjs.session-token=forged' }), 401);
  });

  it('is 401 for a valid token whose account no longer exists', async () => {
    const gone = await createTestUser('Gone');
    expect((await call(GET, { cookie: gone.cookie })).status).toBe(200);
    getDb().delete(users).where(eq(users.id, gone.id)).run();
    await expectProblem(await call(GET, { cookie: gone.cookie }), 401);
  });

  it('returns only the caller profile', async () => {
    const ada = await createTestUser('Ada');
    await createTestUser('Grace');
    const res = await call(GET, { cookie: ada.cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: ada.id, email: ada.email, name: 'Ada', targetIndustry: null });
  });

  it('sets and clears targetIndustry without touching another user', async () => {
    const ada = await createTestUser('Ada');
    const grace = await createTestUser('Grace');
    const res = await call(PATCH, { method: 'PATCH', cookie: ada.cookie, body: { targetIndustry: ' Fintech ' } });
    expect(await res.json()).toMatchObject({ id: ada.id, targetIndustry: 'Fintech', name: 'Ada' });
    expect(await (await call(GET, { cookie: grace.cookie })).json()).toMatchObject({ targetIndustry: null });

    const cleared = await call(PATCH, { method: 'PATCH', cookie: ada.cookie, body: { targetIndustry: '' } });
    expect(await cleared.json()).toMatchObject({ targetIndustry: null });
  });

  it('rejects bad PATCH bodies and keeps the saved profile', async () => {
    const ada = await createTestUser('Ada');
    await call(PATCH, { method: 'PATCH', cookie: ada.cookie, body: { targetIndustry: 'Healthcare' } });
    for (const body of [{}, { targetIndustry: 42 }, { email: 'x@example.com' }, { name: 'x'.repeat(101) }]) {
      await expectProblem(await call(PATCH, { method: 'PATCH', cookie: ada.cookie, body }), 400);
    }
    await expectProblem(await call(PATCH, { method: 'PATCH', cookie: ada.cookie, rawBody: 'nope' }), 400);
    expect(await (await call(GET, { cookie: ada.cookie })).json()).toMatchObject({ name: 'Ada', targetIndustry: 'Healthcare' });
  });

  it('refuses PATCH without a session before reading the body', async () => {
    await expectProblem(await call(PATCH, { method: 'PATCH', body: { name: 'Mallory' } }), 401);
  });
});
