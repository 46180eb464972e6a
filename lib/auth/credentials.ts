import { clearSignInFailures, countSignInFailures, getUserCredentialsByEmail, recordSignInFailure } from '@/db/queries/users';
import { signInSchema } from '@/lib/validation/user';
import { verifyPassword } from './password';

export const SIGN_IN_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export type CredentialsResult =
  { ok: true; user: { id: string; email: string; name: string } } | { ok: false; reason: 'invalid' | 'throttled' };

/** The key failures are counted under: the normalised email, known or not. */
function emailKeyOf(raw: unknown): string {
  return typeof raw === 'string' ? raw.trim().toLowerCase().slice(0, 320) : '';
}

export function isSignInThrottled(rawEmail: unknown, now = Date.now()): boolean {
  const emailKey = emailKeyOf(rawEmail);
  return countSignInFailures({ emailKey, since: now - SIGN_IN_WINDOW_MS }) >= SIGN_IN_LIMIT;
}

/**
 * Checks an email and password. Unknown emails and wrong passwords fail the same way,
 * cost the same hashing work and count toward the same per-email throttle.
 */
export async function verifyCredentials(input: unknown, now = Date.now()): Promise<CredentialsResult> {
  const rawEmail = (input as { email?: unknown } | null)?.email;
  const emailKey = emailKeyOf(rawEmail);
  if (isSignInThrottled(rawEmail, now)) return { ok: false, reason: 'throttled' };
  // Counted before the slow hash check (and with no await in between), so a burst of parallel
  // guesses sees each attempt: they cannot all pass the check above before one is written.
  recordSignInFailure({ emailKey, at: now });
  const parsed = signInSchema.safeParse(input);
  const account = parsed.success ? getUserCredentialsByEmail({ email: parsed.data.email }) : undefined;
  const valid = parsed.success && (await verifyPassword(account?.passwordHash, parsed.data.password));
  if (!valid || !account) return { ok: false, reason: 'invalid' };
  clearSignInFailures({ emailKey });
  return { ok: true, user: { id: account.id, email: account.email, name: account.name } };
}
