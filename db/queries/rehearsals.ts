import { and, desc, eq, inArray, lte, notInArray } from 'drizzle-orm';
import type { StoredCard } from '@/lib/domain/review-schedule';
import { getDb } from '../client';
import { newId, nowIso } from '../ids';
import { promptCards, promptDraws, rehearsals } from '../schema';

export type RehearsalRecord = Omit<typeof rehearsals.$inferSelect, 'userId'>;
type RehearsalValues = Pick<RehearsalRecord, 'promptId' | 'promptText' | 'themes' | 'storyId' | 'durationSeconds' | 'rating' | 'notes'>;

const columns = {
  id: rehearsals.id,
  promptId: rehearsals.promptId,
  promptText: rehearsals.promptText,
  themes: rehearsals.themes,
  storyId: rehearsals.storyId,
  durationSeconds: rehearsals.durationSeconds,
  rating: rehearsals.rating,
  notes: rehearsals.notes,
  createdAt: rehearsals.createdAt,
  updatedAt: rehearsals.updatedAt,
};

export function getCard({ userId, promptId }: { userId: string; promptId: string }): StoredCard | null {
  const row = getDb()
    .select({ card: promptCards.card })
    .from(promptCards)
    .where(and(eq(promptCards.userId, userId), eq(promptCards.promptId, promptId)))
    .get();
  return (row?.card as StoredCard | undefined) ?? null;
}

/** Saves a rehearsal and the prompt's new card state together. */
export function insertRehearsal({ userId, values, card }: { userId: string; values: RehearsalValues; card: StoredCard }): RehearsalRecord {
  const now = nowIso();
  return getDb().transaction((tx) => {
    const saved = tx
      .insert(rehearsals)
      .values({ ...values, id: newId(), userId, createdAt: now, updatedAt: now })
      .returning(columns)
      .get();
    tx.insert(promptCards)
      .values({ userId, promptId: values.promptId, card, due: card.due, updatedAt: now })
      .onConflictDoUpdate({ target: [promptCards.userId, promptCards.promptId], set: { card, due: card.due, updatedAt: now } })
      .run();
    return saved;
  });
}

export function listRehearsals({ userId, limit = 200 }: { userId: string; limit?: number }): RehearsalRecord[] {
  return getDb()
    .select(columns)
    .from(rehearsals)
    .where(eq(rehearsals.userId, userId))
    .orderBy(desc(rehearsals.createdAt))
    .limit(limit)
    .all();
}

export function getRehearsal({ userId, id }: { userId: string; id: string }): RehearsalRecord | undefined {
  return getDb()
    .select(columns)
    .from(rehearsals)
    .where(and(eq(rehearsals.userId, userId), eq(rehearsals.id, id)))
    .get();
}

export function listRehearsalFactsByUser({ userId }: { userId: string }) {
  return getDb()
    .select({
      createdAt: rehearsals.createdAt,
      durationSeconds: rehearsals.durationSeconds,
      rating: rehearsals.rating,
      themes: rehearsals.themes,
    })
    .from(rehearsals)
    .where(eq(rehearsals.userId, userId))
    .all();
}

/** Prompt ids whose card is due at `now`, among the prompts that still exist. */
export function listDueCardIdsByUser({ userId, now, promptIds }: { userId: string; now: string; promptIds: string[] }): string[] {
  if (promptIds.length === 0) return [];
  return getDb()
    .select({ promptId: promptCards.promptId })
    .from(promptCards)
    .where(and(eq(promptCards.userId, userId), lte(promptCards.due, now), inArray(promptCards.promptId, promptIds)))
    .all()
    .map((r) => r.promptId);
}

export function recordDraw({ userId, promptId }: { userId: string; promptId: string }): void {
  const db = getDb();
  db.insert(promptDraws).values({ userId, promptId, drawnAt: nowIso() }).run();
  // Only the last few draws matter; keep twenty.
  const keep = db
    .select({ id: promptDraws.id })
    .from(promptDraws)
    .where(eq(promptDraws.userId, userId))
    .orderBy(desc(promptDraws.id))
    .limit(20)
    .all()
    .map((r) => r.id);
  db.delete(promptDraws)
    .where(and(eq(promptDraws.userId, userId), notInArray(promptDraws.id, keep)))
    .run();
}

/** Recently drawn prompt ids, most recent first. */
export function listRecentDrawsByUser({ userId, limit = 5 }: { userId: string; limit?: number }): string[] {
  return getDb()
    .select({ promptId: promptDraws.promptId })
    .from(promptDraws)
    .where(eq(promptDraws.userId, userId))
    .orderBy(desc(promptDraws.id))
    .limit(limit)
    .all()
    .map((r) => r.promptId);
}

/** Removes what belongs to a deleted custom prompt except its history. */
export function deletePromptCardsByPrompt({ userId, promptId }: { userId: string; promptId: string }): void {
  const db = getDb();
  db.delete(promptCards)
    .where(and(eq(promptCards.userId, userId), eq(promptCards.promptId, promptId)))
    .run();
  db.delete(promptDraws)
    .where(and(eq(promptDraws.userId, userId), eq(promptDraws.promptId, promptId)))
    .run();
}

/** Restores history rows as they were (import), keeping their original times. */
/** Inserts past rehearsals as they were (an import); answers the new ids in the same order. */
export function insertRehearsalHistory({ userId, rows }: { userId: string; rows: Omit<RehearsalRecord, 'id' | 'updatedAt'>[] }): string[] {
  const db = getDb();
  return rows.map((row) => {
    const id = newId();
    db.insert(rehearsals)
      .values({ ...row, id, userId, updatedAt: row.createdAt })
      .run();
    return id;
  });
}

export function listAllRehearsals({ userId }: { userId: string }): RehearsalRecord[] {
  return getDb().select(columns).from(rehearsals).where(eq(rehearsals.userId, userId)).orderBy(rehearsals.createdAt).all();
}
