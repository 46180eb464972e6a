import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { route } from '@/lib/api/route';
import { allowConsoleError, call, createTestUser, expectProblem } from '../helpers/api';

const echo = route(
  { body: z.strictObject({ n: z.number() }), params: z.object({ id: z.string().regex(/^[\w-]{4,40}$/) }) },
  ({ body, params, userId }) => ({ ...body, id: params.id, userId }),
);

describe('route wrapper', () => {
  it('passes a valid, signed-in, same-origin request through', async () => {
    const user = await createTestUser();
    const res = await call(echo, {
      method: 'POST',
      cookie: user.cookie,
      body: { n: 1 },
      params: { id: 'abcd' },
      headers: { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ n: 1, id: 'abcd', userId: user.id });
  });

  it('answers 413 for a body over 1 MB, declared or streamed', async () => {
    const user = await createTestUser();
    const big = JSON.stringify({ n: 1, pad: 'x'.repeat(2 * 1024 * 1024) });
    await expectProblem(await call(echo, { method: 'POST', cookie: user.cookie, rawBody: big, params: { id: 'abcd' } }), 413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(512 * 1024)));
        controller.close();
      },
    });
    const request = new Request('http://localhost:3000/api/v1/test', {
      method: 'POST',
      body: stream,
      headers: { cookie: user.cookie, 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    await expectProblem(await echo(request, { params: Promise.resolve({ id: 'abcd' }) }), 413);
  });

  it('answers 403 for another origin or a cross-site fetch', async () => {
    const user = await createTestUser();
    const cases: Record<string, string>[] = [{ origin: 'http://localhost:3001' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }];
    for (const headers of cases) {
      await expectProblem(await call(echo, { method: 'POST', cookie: user.cookie, body: { n: 1 }, params: { id: 'abcd' }, headers }), 403);
    }
  });

  it('answers 404 for a malformed id and 400 with field paths for a bad body', async () => {
    const user = await createTestUser();
    await expectProblem(await call(echo, { method: 'POST', cookie: user.cookie, body: { n: 1 }, params: { id: '../../etc' } }), 404);
    const problem = await expectProblem(
      await call(echo, { method: 'POST', cookie: user.cookie, body: { n: 'one' }, params: { id: 'abcd' } }),
      400,
    );
    expect(problem.errors).toHaveProperty('n');
  });

  it('answers 415 for a non-JSON content type', async () => {
    const user = await createTestUser();
    const res = await call(echo, {
      method: 'POST',
      cookie: user.cookie,
      rawBody: 'n=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      params: { id: 'abcd' },
    });
    await expectProblem(res, 415);
  });

  it('maps known errors and hides unexpected ones behind a logged 500', async () => {
    const conflict = route({ auth: false }, () => {
      throw new AppError('conflict', 'Already there.');
    });
    expect((await expectProblem(await call(conflict), 409)).detail).toBe('Already there.');

    allowConsoleError();
    const broken = route({ auth: false }, () => {
      throw new Error('SQLITE_CORRUPT at /secret/path.db');
    });
    const problem = await expectProblem(await call(broken), 500);
    expect(JSON.stringify(problem)).not.toMatch(/SQLITE|secret/);
  });
});
