import { encode } from 'next-auth/jwt';
import { createSession } from '@/db/queries/sessions';
import { createUser } from '@/db/queries/users';
import { hashPassword } from '@/lib/auth/password';
import { SESSION_COOKIE } from '@/lib/auth/session';

export const ORIGIN = 'http://localhost:3000';

type Handler = (request: Request, context?: { params: Promise<unknown> }) => Promise<Response>;

/** Lets the current test log console.error (e.g. an expected 500). */
export function allowConsoleError(): void {
  (globalThis as { __allowConsoleError?: boolean }).__allowConsoleError = true;
}

/** A real session row and a real Auth.js cookie for it, as signing in makes. */
export async function sessionCookie(userId: string): Promise<string> {
  const sid = createSession({ userId, maxAgeMs: 24 * 60 * 60 * 1000 });
  const token = await encode({
    token: { sub: userId, sid },
    secret: process.env.AUTH_SECRET!,
    salt: SESSION_COOKIE,
  });
  return `${SESSION_COOKIE}=${token}`;
}

let counter = 0;

/** A real user row plus a real Auth.js session cookie for it. */
export async function createTestUser(name = 'Test User') {
  counter += 1;
  const email = `user${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const user = createUser({ email, name, passwordHash: await hashPassword('correct horse battery') })!;
  return { ...user, cookie: await sessionCookie(user.id) };
}

type CallOptions = {
  method?: string;
  path?: string;
  cookie?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
};

/** Calls an exported route handler with a real Request, as Next would. */
export async function call(handler: Handler, options: CallOptions = {}): Promise<Response> {
  const { method = 'GET', path = '/api/v1/test', cookie, body, rawBody, headers = {}, params } = options;
  const init: RequestInit = { method, headers: { ...headers } };
  const h = init.headers as Record<string, string>;
  if (cookie) h.cookie = cookie;
  if (rawBody !== undefined || body !== undefined) {
    h['content-type'] ??= 'application/json';
    init.body = rawBody ?? JSON.stringify(body);
  }
  return handler(new Request(ORIGIN + path, init), { params: Promise.resolve(params ?? {}) });
}

export async function expectProblem(response: Response, status: number) {
  const body = await response.json();
  if (response.status !== status || response.headers.get('content-type') !== 'application/problem+json') {
    throw new Error(
      `Expected ${status} problem+json, got ${response.status} ${response.headers.get('content-type')}: ${JSON.stringify(body)}`,
    );
  }
  if (body.status !== status || typeof body.title !== 'string' || typeof body.type !== 'string' || typeof body.detail !== 'string') {
    throw new Error(`Not an RFC 9457 problem: ${JSON.stringify(body)}`);
  }
  return body as { type: string; title: string; status: number; detail: string; errors?: Record<string, string[]> };
}
