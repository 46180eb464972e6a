import { getToken } from 'next-auth/jwt';
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
    const token = await getToken({ req: request, secret, secureCookie, cookieName, salt: cookieName });
    if (token?.sub) {
      return getUserById({ id: token.sub }) ? token.sub : null;
    }
  }
  return null;
}

export async function requireUserId(request: Request): Promise<string> {
  const userId = await getUserIdFromRequest(request);
  if (!userId) throw new AppError('unauthorized', 'Sign in to continue.');
  return userId;
}
