import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { GET as getMe } from '@/app/api/v1/me/route';
import { POST as createStory } from '@/app/api/v1/stories/route';
import { call, createTestUser, expectProblem, ORIGIN } from '../helpers/api';

/** Cookie pairs from Set-Cookie headers, merged over an existing jar. */
function jar(previous: Record<string, string>, response: Response): Record<string, string> {
  const next = { ...previous };
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    next[pair!.slice(0, eq)] = pair!.slice(eq + 1);
  }
  return next;
}
const cookieHeader = (cookies: Record<string, string>) =>
  Object.entries(cookies)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');

async function authRequest(path: string, cookies: Record<string, string>, form?: Record<string, string>) {
  const headers: Record<string, string> = { cookie: cookieHeader(cookies) };
  const init: { method?: string; body?: URLSearchParams; headers: Record<string, string> } = { headers };
  if (form) {
    init.method = 'POST';
    init.body = new URLSearchParams(form);
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  const request = new NextRequest(ORIGIN + path, init);
  return form ? authPost(request) : authGet(request);
}

/** Signs in through Auth.js's own routes, exactly as the browser does. */
async function signIn(email: string, password: string) {
  let cookies: Record<string, string> = {};
  const csrf = await authRequest('/api/auth/csrf', cookies);
  cookies = jar(cookies, csrf);
  const { csrfToken } = await csrf.json();
  const res = await authRequest('/api/auth/callback/credentials', cookies, { csrfToken, email, password });
  expect(res.status).toBe(302);
  cookies = jar(cookies, res);
  expect(cookies['authjs.session-token']).toBeTruthy();
  return { cookies, csrfToken };
}

describe('sign-out through Auth.js', () => {
  it('ends the session on the server: a cookie captured before sign-out answers 401', async () => {
    const ada = await createTestUser('Ada');
    const { cookies, csrfToken } = await signIn(ada.email, 'correct horse battery');
    const captured = `authjs.session-token=${cookies['authjs.session-token']}`;
    // The captured cookie reads and writes before sign-out, so the 401s below can fail.
    expect((await call(getMe, { cookie: captured })).status).toBe(200);
    const story = { title: 'Hired a platform team', situation: 's', task: 't', action: 'a', result: 'r' };
    expect((await call(createStory, { method: 'POST', cookie: captured, body: story })).status).toBe(201);

    const out = await authRequest('/api/auth/signout', cookies, { csrfToken });
    expect(out.status).toBe(302);

    await expectProblem(await call(getMe, { cookie: captured }), 401);
    await expectProblem(await call(createStory, { method: 'POST', cookie: captured, body: story }), 401);
    // Another session of the same account is untouched.
    expect((await call(getMe, { cookie: ada.cookie })).status).toBe(200);
  });
});
