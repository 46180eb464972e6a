import { redirect } from 'next/navigation';
import { getUserById, type PublicUser } from '@/db/queries/users';
import { auth } from './auth';

/** The signed-in user for a server component, or null. */
export async function getCurrentUser(): Promise<PublicUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  return id ? (getUserById({ id }) ?? null) : null;
}

export async function requireCurrentUser(): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return user;
}
