import { and, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { cachedStatement, getDb } from '../client';
import { newId, nowIso } from '../ids';
import { signInFailures, throttleHits, users } from '../schema';

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  targetIndustry: users.targetIndustry,
};

export type PublicUser = { id: string; email: string; name: string; targetIndustry: string | null };

export function getUserById({ id }: { id: string }): PublicUser | undefined {
  // On the path of every page and of /me: a statement compiled once.
  return cachedStatement('SELECT id, email, name, target_industry AS targetIndustry FROM users WHERE id = ?').get(id) as
    PublicUser | undefined;
}

/** Only for credential checks: the one query that returns a password hash. */
export function getUserCredentialsByEmail({ email }: { email: string }) {
  return (
    getDb()
      .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
      .from(users)
      // Staging accounts (imports in progress) never sign in.
      .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), isNull(users.stagingFor)))
      .get()
  );
}

export function isEmailTaken({ email }: { email: string }): boolean {
  return getUserCredentialsByEmail({ email }) !== undefined;
}

/** Returns undefined when the email is taken (the unique index decides, so races are safe). */
export function createUser(input: { email: string; name: string; passwordHash: string }): PublicUser | undefined {
  const now = nowIso();
  try {
    return getDb()
      .insert(users)
      .values({ id: newId(), ...input, createdAt: now, updatedAt: now })
      .returning(publicColumns)
      .get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
    throw error;
  }
}

export function updateUserProfile({
  userId,
  changes,
}: {
  userId: string;
  changes: { name?: string; targetIndustry?: string | null };
}): PublicUser | undefined {
  return getDb()
    .update(users)
    .set({ ...changes, updatedAt: nowIso() })
    .where(eq(users.id, userId))
    .returning(publicColumns)
    .get();
}

export function countSignInFailures({ emailKey, since }: { emailKey: string; since: number }): number {
  const row = getDb()
    .select({ n: sql<number>`count(*)` })
    .from(signInFailures)
    .where(and(eq(signInFailures.emailKey, emailKey), gte(signInFailures.failedAt, since)))
    .get();
  return row?.n ?? 0;
}

export function recordSignInFailure({ emailKey, at }: { emailKey: string; at: number }): void {
  const db = getDb();
  db.insert(signInFailures).values({ emailKey, failedAt: at }).run();
  // Keep the table small: anything older than a day can never matter again.
  db.delete(signInFailures)
    .where(lt(signInFailures.failedAt, at - 24 * 60 * 60 * 1000))
    .run();
}

export function clearSignInFailures({ emailKey }: { emailKey: string }): void {
  getDb().delete(signInFailures).where(eq(signInFailures.emailKey, emailKey)).run();
}

/** Only for password checks on the signed-in account. */
export function getPasswordHashByUserId({ userId }: { userId: string }): string | undefined {
  return getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()?.passwordHash;
}

export function updatePasswordHash({ userId, passwordHash }: { userId: string; passwordHash: string }): void {
  getDb().update(users).set({ passwordHash, updatedAt: nowIso() }).where(eq(users.id, userId)).run();
}

/**
 * Removes an account and everything it owns in one transaction: every user-owned table
 * references users with ON DELETE CASCADE, and the counters kept under its email or id go too,
 * so the email is free to sign up again at once.
 */
export function deleteUserById({ userId }: { userId: string }): boolean {
  const db = getDb();
  return db.transaction(() => {
    const user = db.select({ email: users.email }).from(users).where(eq(users.id, userId)).get();
    if (!user) return false;
    const emailKey = user.email.toLowerCase();
    db.delete(signInFailures).where(eq(signInFailures.emailKey, emailKey)).run();
    db.delete(throttleHits)
      .where(sql`${throttleHits.key} in (${emailKey}, ${userId})`)
      .run();
    db.delete(users).where(eq(users.id, userId)).run();
    return true;
  });
}
