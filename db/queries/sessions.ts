import { and, desc, eq, lt, ne, notInArray, sql } from 'drizzle-orm';
import { cachedStatement, getDb } from '../client';
import { newId } from '../ids';
import { sessions } from '../schema';

const MAX_SESSIONS = 50;

/** Starts a session row for a sign-in and forgets this user's sessions older than `maxAgeMs`. */
export function createSession({ userId, maxAgeMs }: { userId: string; maxAgeMs: number }): string {
  const db = getDb();
  const id = newId();
  const now = new Date();
  db.transaction(() => {
    const oldest = new Date(now.getTime() - maxAgeMs).toISOString();
    db.delete(sessions)
      .where(and(eq(sessions.userId, userId), lt(sessions.createdAt, oldest)))
      .run();
    db.insert(sessions).values({ id, userId, createdAt: now.toISOString() }).run();
    // At most MAX_SESSIONS browsers per account: the oldest sign-ins end first.
    db.delete(sessions)
      .where(
        and(
          eq(sessions.userId, userId),
          notInArray(
            sessions.id,
            db
              .select({ id: sessions.id })
              .from(sessions)
              .where(eq(sessions.userId, userId))
              .orderBy(desc(sessions.createdAt))
              .limit(MAX_SESSIONS),
          ),
        ),
      )
      .run();
  });
  return id;
}

/** True when the session is live and belongs to the user; one primary-key lookup per request. */
export function isSessionActive({ sessionId, userId }: { sessionId: string; userId: string }): boolean {
  return cachedStatement('SELECT 1 FROM sessions WHERE id = ? AND user_id = ?').pluck().get(sessionId, userId) !== undefined;
}

export function deleteSessionById({ userId, sessionId }: { userId: string; sessionId: string }): void {
  getDb()
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .run();
}

/** Ends every session of the user, or every one but `except` (the caller's own). */
export function deleteSessionsByUser({ userId, except }: { userId: string; except?: string }): number {
  const where = except ? and(eq(sessions.userId, userId), ne(sessions.id, except)) : eq(sessions.userId, userId);
  return getDb().delete(sessions).where(where).run().changes;
}

export function countSessionsByUser({ userId }: { userId: string }): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .get()?.n ?? 0
  );
}
