import { decode, getToken } from 'next-auth/jwt';
import { AppError } from '@/lib/api/errors';
import { resolveAuthSecret } from '@/lib/config';
import { getUserById } from '@/db/queries/users';

export const SESSION_COOKIE = 'authjs.session-token';
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/**
 * The signed-in user's id from the Auth.js session cookie on this request, or null.
 * Reads the JWT straight from the request so route handlers stay testable with a
 * plain Request, and checks the account still exists.
 */
export async function getUserIdFromRequest(request: Request): Promise<string | null> {
  const secret = resolveAuthSecret();
  for (const secureCookie of [true, false]) {
    const cookieName = secureCookie ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
    const raw = await getToken({ req: request, secret, secureCookie, cookieName, raw: true });
    if (!raw) continue;
    const sub = await subjectOf(raw, cookieName, secret);
    return sub && getUserById({ id: sub }) ? sub : null;
  }
  return null;
}

// Decrypting a session token costs more than the rest of a typical request, and a browser
// sends the same token on every call; keep the decoded subject and expiry for each token.
const decoded = new Map<string, { sub: string | null; exp: number }>();
const DECODED_MAX = 1000;

async function subjectOf(raw: string, cookieName: string, secret: string): Promise<string | null> {
  const key = `${secret}\u0000${cookieName}\u0000${raw}`;
  const now = Date.now() / 1000;
  const hit = decoded.get(key);
  if (hit && hit.exp > now) return hit.sub;
  const token = await decode({ token: raw, secret, salt: cookieName }).catch(() => null);
  const sub = typeof token?.sub === 'string' ? token.sub : null;
  const exp = typeof token?.exp === 'number' ? token.exp : now + 60;
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, { sub, exp });
  return exp > now ? sub : null;
}

export async function requireUserId(request: Request): Promise<string> {
  const userId = await getUserIdFromRequest(request);
  if (!userId) throw new AppError('unauthorized', 'Sign in to continue.');
  return userId;
}
