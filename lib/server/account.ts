import 'server-only';
import { countSessionsByUser, deleteSessionsByUser } from '@/db/queries/sessions';
import { getUserById, updateUserProfile } from '@/db/queries/users';
import { notFound } from '@/lib/errors';
import type { UserDto } from '@/lib/validation/user';

export function getProfileFor(userId: string): UserDto {
  const me = getUserById({ id: userId });
  if (!me) throw notFound('account');
  return me;
}

export function updateProfileFor(userId: string, changes: { name?: string; targetIndustry?: string | null }): UserDto {
  const me = updateUserProfile({ userId, changes });
  if (!me) throw notFound('account');
  return me;
}

/** "Sign out everywhere": every session of the account ends, the caller's included. */
export function endAllSessionsFor(userId: string): void {
  deleteSessionsByUser({ userId });
}

export function countSessionsFor(userId: string): number {
  return countSessionsByUser({ userId });
}
