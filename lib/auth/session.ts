import { decode } from 'next-auth/jwt';
import { isSessionActive } from '@/db/queries/sessions';
import { AppError } from '@/lib/errors';
import { resolveAuthSecret } from '@/lib/config';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, SESSION_COOKIES } from './cookie-names';

export { SESSION_COOKIE } from './cookie-names';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Who a request comes from: the user, and which of their sessions (one per sign-in). */
export type SessionIdentity = { userId: string; sessionId: string };

/**
 * The caller's identity from the Auth.js session cookie on this request, or null. Reads the
 * JWT straight from the request so route handlers stay testable with a plain Request, and
 * checks the session row still exists: sign-out, "sign out everywhere", a password change and
 * account deletion all remove rows, so a copied cookie stops working at once.
 */
export async function getSessionFromRequest(request: Request): Promise<SessionIdentity | null> {
  return getSessionFromCookieHeader(request.headers.get('cookie'));
}

/** The same check from a Cookie header alone, for server components (next/headers). */
export async function getSessionFromCookieHeader(cookieHeader: string | null): Promise<SessionIdentity | null> {
  const token = sessionTokenOf(cookieHeader);
  if (!token) return null;
  const claims = await claimsOf(token.raw, token.cookieName, resolveAuthSecret());
  return claims && isSessionActive(claims) ? claims : null;
}

/**
 * The session token from a Cookie header, under its https or http name, joining the numbered
 * chunks Auth.js writes when a token outgrows one cookie. One pass over the header: this runs
 * on every API request.
 */
export function sessionTokenOf(header: string | null): { raw: string; cookieName: string } | null {
  if (!header || !header.includes(SESSION_COOKIE)) return null;
  const jar = new Map<string, string>();
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name.endsWith(SESSION_COOKIE) || name.includes(`${SESSION_COOKIE}.`)) jar.set(name, part.slice(eq + 1).trim());
  }
  for (const cookieName of SESSION_COOKIES) {
    let raw = jar.get(cookieName);
    if (raw === undefined && jar.has(`${cookieName}.0`)) {
      raw = '';
      for (let i = 0; jar.has(`${cookieName}.${i}`); i++) raw += jar.get(`${cookieName}.${i}`);
    }
    if (raw) return { raw, cookieName };
  }
  return null;
}

// Decrypting a session token costs more than the rest of a typical request, and a browser
// sends the same token on every call; keep the decoded claims and expiry for each token.
// Revocation is still checked on every request (isSessionActive), so caching is safe.
const decoded = new Map<string, { claims: SessionIdentity | null; exp: number }>();
const DECODED_MAX = 1000;

async function claimsOf(raw: string, cookieName: string, secret: string): Promise<SessionIdentity | null> {
  const key = `${secret}\u0000${cookieName}\u0000${raw}`;
  const now = Date.now() / 1000;
  const hit = decoded.get(key);
  if (hit && hit.exp > now) return hit.claims;
  const token = await decode({ token: raw, secret, salt: cookieName }).catch(() => null);
  const claims = typeof token?.sub === 'string' && typeof token.sid === 'string' ? { userId: token.sub, sessionId: token.sid } : null;
  const exp = typeof token?.exp === 'number' ? token.exp : now + 60;
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, { claims, exp });
  return exp > now ? claims : null;
}

export async function requireSession(request: Request): Promise<SessionIdentity> {
  const session = await getSessionFromRequest(request);
  if (!session) throw new AppError('unauthorized', 'Sign in to continue.');
  return session;
}

/** 204 that also removes the session cookie under both of its names, for actions that end the session. */
export function signedOutResponse(): Response {
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const name of SESSION_COOKIES) {
    const secure = name === SECURE_SESSION_COOKIE ? '; Secure' : '';
    headers.append('set-cookie', `${name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${secure}`);
  }
  return new Response(null, { status: 204, headers });
}
