import { deleteSessionsByUser } from '@/db/queries/sessions';
import { createUser, deleteUserById, isEmailTaken, getPasswordHashByUserId, updatePasswordHash } from '@/db/queries/users';
import { clearThrottleHits, deleteThrottleHitsByIds } from '@/db/queries/throttles';
import { AppError } from '@/lib/errors';
import { hashPassword, verifyPassword } from './password';
import { assertNotThrottled, recordThrottleHits, throttles, type ThrottleCheck } from './throttle';

const emailTakenError = () =>
  new AppError('conflict', 'An account with this email already exists.', {
    email: ['An account with this email already exists. Sign in instead.'],
  });

/**
 * Creates an account. Every attempt that gets this far counts toward the per-address and
 * per-email throttles, successful or not, so neither mass sign-ups nor probing which emails
 * are taken can run unchecked.
 */
export async function signUp(input: { email: string; password: string; name: string }, clientAddress: string) {
  const checks: ThrottleCheck[] = [
    { rule: throttles.signUpPerAddress, key: clientAddress },
    { rule: throttles.signUpPerEmail, key: input.email },
  ];
  assertNotThrottled(checks);
  recordThrottleHits(checks);
  if (isEmailTaken({ email: input.email })) throw emailTakenError();
  const user = createUser({ email: input.email, name: input.name, passwordHash: await hashPassword(input.password) });
  if (!user) throw emailTakenError();
  return { id: user.id, email: user.email, name: user.name };
}

/**
 * Checks the signed-in user's password before a sensitive change, throttled per account and
 * per address like sign-in. A wrong password is a field error on `field`.
 */
async function confirmPassword(userId: string, password: string, clientAddress: string, field: string): Promise<void> {
  const checks: ThrottleCheck[] = [
    { rule: throttles.passwordPerUser, key: userId },
    { rule: throttles.passwordPerAddress, key: clientAddress },
  ];
  assertNotThrottled(checks);
  // Counted before the slow hash check (with no await in between), so parallel guesses see each
  // other and cannot all pass the check; taken back when the password is right.
  const hits = recordThrottleHits(checks);
  if (await verifyPassword(getPasswordHashByUserId({ userId }), password)) {
    deleteThrottleHitsByIds({ ids: hits });
    clearThrottleHits({ bucket: throttles.passwordPerUser.bucket, key: userId });
    return;
  }
  throw new AppError('bad_request', 'That password is not right.', { [field]: ['That is not your current password.'] });
}

/** Changes the password and ends every session but the caller's. */
export async function changePassword(
  session: { userId: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
  clientAddress: string,
): Promise<void> {
  await confirmPassword(session.userId, input.currentPassword, clientAddress, 'currentPassword');
  updatePasswordHash({ userId: session.userId, passwordHash: await hashPassword(input.newPassword) });
  deleteSessionsByUser({ userId: session.userId, except: session.sessionId });
}

/** Deletes the account and everything it owns, after the password confirms it. */
export async function deleteAccount(userId: string, password: string, clientAddress: string): Promise<void> {
  await confirmPassword(userId, password, clientAddress, 'password');
  if (!deleteUserById({ userId })) throw new AppError('not_found', 'No such account.');
}
