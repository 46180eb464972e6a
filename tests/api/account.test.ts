import { eq, sql } from 'drizzle-orm';
import { PUT as putRecording } from '@/app/api/v1/rehearsals/[id]/recording/route';
import { wavBytes } from '../fixtures/wav';
import { describe, expect, it } from 'vitest';
import { DELETE as deleteMe, GET as getMe } from '@/app/api/v1/me/route';
import { POST as changePassword } from '@/app/api/v1/me/password/route';
import { POST as revokeSessions } from '@/app/api/v1/me/sessions/revoke/route';
import { POST as createStory } from '@/app/api/v1/stories/route';
import { POST as signUpRoute } from '@/app/api/v1/users/route';
import { POST as seedDemo } from '@/app/api/v1/demo/route';
import { POST as insertRehearsal } from '@/app/api/v1/rehearsals/route';
import { POST as drawPrompt } from '@/app/api/v1/rehearsals/draw/route';
import { POST as createPrompt } from '@/app/api/v1/prompts/route';
import { getDb } from '@/db/client';
import { countSessionsByUser } from '@/db/queries/sessions';
import { throttleHits, users } from '@/db/schema';
import { throttles } from '@/lib/auth/throttle';
import { call, createTestUser, expectProblem, sessionCookie } from '../helpers/api';

const PASSWORD = 'correct horse battery';
const story = { title: 'Rebuilt the on-call rota', situation: 's', task: 't', action: 'a', result: 'r' };

const me = (cookie: string) => call(getMe, { cookie });
const post = (cookie: string, body: unknown) => call(createStory, { method: 'POST', cookie, body });

describe('revocable sessions', () => {
  it('"sign out everywhere" ends every session of the account, the caller\'s included', async () => {
    const ada = await createTestUser('Ada');
    const laptop = ada.cookie;
    const phone = await sessionCookie(ada.id);
    const grace = await createTestUser('Grace');
    // Both cookies work before: otherwise the 401s below would prove nothing.
    expect((await me(laptop)).status).toBe(200);
    expect((await post(phone, story)).status).toBe(201);

    const res = await call(revokeSessions, { method: 'POST', cookie: laptop });
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().join('\n')).toMatch(/authjs\.session-token=;.*Expires=Thu, 01 Jan 1970/);

    await expectProblem(await me(laptop), 401);
    await expectProblem(await me(phone), 401);
    await expectProblem(await post(phone, story), 401);
    expect((await me(grace.cookie)).status).toBe(200);
  });

  it('a password change ends the other sessions and keeps the caller signed in', async () => {
    const ada = await createTestUser('Ada');
    const other = await sessionCookie(ada.id);
    expect((await me(other)).status).toBe(200);

    const res = await call(changePassword, {
      method: 'POST',
      cookie: ada.cookie,
      body: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(res.status).toBe(204);
    await expectProblem(await me(other), 401);
    await expectProblem(await post(other, story), 401);
    expect((await me(ada.cookie)).status).toBe(200);
    expect(countSessionsByUser({ userId: ada.id })).toBe(1);
  });

  it('a wrong current password changes nothing and names the field', async () => {
    const ada = await createTestUser('Ada');
    const other = await sessionCookie(ada.id);
    const problem = await expectProblem(
      await call(changePassword, {
        method: 'POST',
        cookie: ada.cookie,
        body: { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' },
      }),
      400,
    );
    expect(problem.errors?.currentPassword?.[0]).toMatch(/not your current password/);
    expect((await me(other)).status).toBe(200);
  });

  it('refuses a weak or unchanged new password with field errors', async () => {
    const ada = await createTestUser('Ada');
    const weak = await expectProblem(
      await call(changePassword, { method: 'POST', cookie: ada.cookie, body: { currentPassword: PASSWORD, newPassword: 'short' } }),
      400,
    );
    expect(weak.errors?.newPassword?.[0]).toMatch(/at least 10/);
    const same = await expectProblem(
      await call(changePassword, { method: 'POST', cookie: ada.cookie, body: { currentPassword: PASSWORD, newPassword: PASSWORD } }),
      400,
    );
    expect(same.errors?.newPassword?.[0]).toMatch(/different/);
  });

  it('throttles wrong current passwords per account with 429 and Retry-After', async () => {
    const ada = await createTestUser('Ada');
    const attempt = (currentPassword: string) =>
      call(changePassword, { method: 'POST', cookie: ada.cookie, body: { currentPassword, newPassword: 'a brand new passphrase' } });
    for (let i = 0; i < throttles.passwordPerUser.limit; i++) expect((await attempt('wrong guess ' + i)).status).toBe(400);
    const res = await attempt(PASSWORD);
    await expectProblem(res, 429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(800);
  });
});

/** Rows per table owned by `userId` (directly or, for the users table, the row itself). */
function rowsPerTable(userId: string): Record<string, number> {
  const db = getDb().$client;
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name != '__drizzle_migrations'`,
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
    if (table === 'users') counts[table] = db.prepare(`SELECT count(*) FROM users WHERE id = ?`).pluck().get(userId) as number;
    else if (columns.includes('user_id'))
      counts[table] = db.prepare(`SELECT count(*) FROM "${table}" WHERE user_id = ?`).pluck().get(userId) as number;
  }
  return counts;
}

describe('DELETE /api/v1/me', () => {
  async function fullAccount(name: string) {
    const user = await createTestUser(name);
    expect((await call(seedDemo, { method: 'POST', cookie: user.cookie })).status).toBeLessThan(300);
    const draw = await (await call(drawPrompt, { method: 'POST', cookie: user.cookie, body: {} })).json();
    const logged = await call(insertRehearsal, {
      method: 'POST',
      cookie: user.cookie,
      body: { promptId: draw.prompt.id, durationSeconds: 90, rating: 'good' },
    });
    expect(logged.status).toBe(201);
    const rehearsalId = (await logged.json()).id;
    const analysis = { durationSeconds: 1, speakingSeconds: 1, pauseCount: 0, longestPauseSeconds: 0, pauses: [] };
    const recorded = await call(putRecording, {
      method: 'PUT',
      cookie: user.cookie,
      params: { id: rehearsalId },
      path: `/api/v1/rehearsals/${rehearsalId}/recording?analysis=${encodeURIComponent(JSON.stringify(analysis))}`,
      rawBody: wavBytes([['tone', 1]]).toString('latin1'),
      headers: { 'content-type': 'audio/wav' },
    });
    expect(recorded.status).toBe(201);
    const prompt = await call(createPrompt, {
      method: 'POST',
      cookie: user.cookie,
      body: { text: 'Tell me about a platform migration.', themes: ['prioritization'] },
    });
    expect(prompt.status).toBe(201);
    return user;
  }

  it('removes every row the user owned, leaves others untouched, and frees the email', async () => {
    const ada = await fullAccount('Ada');
    const grace = await fullAccount('Grace');
    const before = rowsPerTable(ada.id);
    const graceBefore = rowsPerTable(grace.id);
    // Every user-owned table has rows before, so "0 after" means something.
    for (const [table, n] of Object.entries(before)) expect(n, table).toBeGreaterThan(0);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(12);

    // A wrong password first leaves a throttle counter keyed by the account; deletion clears it too.
    await call(deleteMe, { method: 'DELETE', cookie: ada.cookie, body: { password: 'a wrong password' } });
    const countersFor = (key: string) => getDb().select().from(throttleHits).where(eq(throttleHits.key, key)).all().length;
    expect(countersFor(ada.id)).toBe(1);

    const res = await call(deleteMe, { method: 'DELETE', cookie: ada.cookie, body: { password: PASSWORD } });
    expect(res.status).toBe(204);
    expect(countersFor(ada.id)).toBe(0);
    expect(res.headers.getSetCookie().length).toBe(2);

    expect(
      Object.values(rowsPerTable(ada.id)).every((n) => n === 0),
      JSON.stringify(rowsPerTable(ada.id)),
    ).toBe(true);
    expect(rowsPerTable(grace.id)).toEqual(graceBefore);
    await expectProblem(await me(ada.cookie), 401);

    const again = await call(signUpRoute, { method: 'POST', body: { email: ada.email, password: 'another long passphrase' } });
    expect(again.status).toBe(201);
  });

  it('needs the right password: a wrong one deletes nothing', async () => {
    const ada = await createTestUser('Ada');
    const problem = await expectProblem(
      await call(deleteMe, { method: 'DELETE', cookie: ada.cookie, body: { password: 'not my password' } }),
      400,
    );
    expect(problem.errors?.password).toBeDefined();
    await expectProblem(await call(deleteMe, { method: 'DELETE', cookie: ada.cookie, body: {} }), 400);
    expect(
      getDb()
        .select({ n: sql<number>`count(*)` })
        .from(users)
        .where(eq(users.id, ada.id))
        .get()?.n,
    ).toBe(1);
    expect((await me(ada.cookie)).status).toBe(200);
  });

  it('is 401 without a session and 403 from another origin', async () => {
    await expectProblem(await call(deleteMe, { method: 'DELETE', body: { password: PASSWORD } }), 401);
    const ada = await createTestUser('Ada');
    await expectProblem(
      await call(deleteMe, {
        method: 'DELETE',
        cookie: ada.cookie,
        body: { password: PASSWORD },
        headers: { origin: 'https://evil.example' },
      }),
      403,
    );
    expect((await me(ada.cookie)).status).toBe(200);
  });
});

describe('sign-up throttles', () => {
  const signUp = (email: string, address: string) =>
    call(signUpRoute, { method: 'POST', body: { email, password: 'a long enough pass' }, headers: { 'x-forwarded-for': address } });

  it('limits accounts per client address with 429 problem+json and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= throttles.signUpPerAddress.limit; i++) statuses.push((await signUp(`mass${i}@example.com`, '203.0.113.7')).status);
    expect(statuses.slice(0, -1).every((s) => s === 201)).toBe(true);
    const res = await signUp('one-more@example.com', '203.0.113.7');
    await expectProblem(res, 429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await signUp('elsewhere@example.com', '198.51.100.4')).status).toBe(201);
  });

  it('limits attempts per email, whichever address they come from', async () => {
    for (let i = 0; i < throttles.signUpPerEmail.limit; i++) {
      expect([201, 409]).toContain((await signUp('probe@example.com', `192.0.2.${i}`)).status);
    }
    await expectProblem(await signUp('PROBE@example.com', '192.0.2.200'), 429);
  });
});

describe('throttles hold under parallel guesses (review finding)', () => {
  it('30 simultaneous wrong current passwords: at most the limit are checked, the rest are 429', async () => {
    const ada = await createTestUser('Ada');
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        call(changePassword, {
          method: 'POST',
          cookie: ada.cookie,
          body: { currentPassword: `guess ${i} guess`, newPassword: 'a brand new passphrase' },
        }),
      ),
    );
    const statuses = attempts.map((r) => r.status);
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(throttles.passwordPerUser.limit);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30 - throttles.passwordPerUser.limit);
  });

  it('30 simultaneous sign-in guesses for one email: at most the limit are checked', async () => {
    const { verifyCredentials, SIGN_IN_LIMIT } = await import('@/lib/auth/credentials');
    const ada = await createTestUser('Ada');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => verifyCredentials({ email: ada.email, password: `wrong guess ${i}` })),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid').length).toBeLessThanOrEqual(SIGN_IN_LIMIT);
  });

  it('a right password after a few wrong ones leaves no counter behind', async () => {
    const ada = await createTestUser('Ada');
    for (let i = 0; i < 3; i++) {
      await call(changePassword, {
        method: 'POST',
        cookie: ada.cookie,
        body: { currentPassword: `nope ${i} nope`, newPassword: 'a brand new passphrase' },
      });
    }
    const ok = await call(changePassword, {
      method: 'POST',
      cookie: ada.cookie,
      body: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(ok.status).toBe(204);
    const left = getDb().select().from(throttleHits).where(eq(throttleHits.key, ada.id)).all();
    expect(left).toEqual([]);
  });
});
