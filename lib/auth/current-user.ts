import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getUserById, type PublicUser } from '@/db/queries/users';
import { getSessionFromCookieHeader } from './session';

/**
 * The signed-in user for a server component, or null. Reads the session cookie directly, as the
 * API does, rather than through Auth.js's auth(): that would decrypt and re-encrypt the token on
 * every render, and a server component cannot set the refreshed cookie anyway. The session row is
 * still checked, so a revoked session is signed out here too.
 */
export const getCurrentUser = cache(async (): Promise<PublicUser | null> => {
  // cache(): the layout and the page of one request share the answer.
  const session = await getSessionFromCookieHeader((await headers()).get('cookie'));
  return session ? (getUserById({ id: session.userId }) ?? null) : null;
});

export async function requireCurrentUser(): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return user;
}
