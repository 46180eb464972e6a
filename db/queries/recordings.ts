import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { newId, nowIso } from '../ids';
import { recordings, rehearsals, users } from '../schema';

const { data: _data, userId: _owner, ...metaColumns } = getTableColumns(recordings);
export type RecordingMeta = { [K in keyof typeof metaColumns]: (typeof recordings.$inferSelect)[K] };
export type RecordingValues = Omit<typeof recordings.$inferInsert, 'id' | 'userId' | 'rehearsalId' | 'createdAt' | 'bytes'> & {
  data: Buffer;
};

export class RecordingQuotaError extends Error {}

/** A rehearsal owned by the user, or undefined (someone else's looks like none). */
export function ownsRehearsal({ userId, rehearsalId }: { userId: string; rehearsalId: string }): boolean {
  return (
    getDb()
      .select({ id: rehearsals.id })
      .from(rehearsals)
      .where(and(eq(rehearsals.id, rehearsalId), eq(rehearsals.userId, userId)))
      .get() !== undefined
  );
}

export function getRecordingMeta({ userId, rehearsalId }: { userId: string; rehearsalId: string }): RecordingMeta | undefined {
  return getDb()
    .select(metaColumns)
    .from(recordings)
    .where(and(eq(recordings.rehearsalId, rehearsalId), eq(recordings.userId, userId)))
    .get();
}

export function listRecordingMetaByRehearsals({ userId, rehearsalIds }: { userId: string; rehearsalIds: string[] }): RecordingMeta[] {
  if (rehearsalIds.length === 0) return [];
  const found: RecordingMeta[] = [];
  // SQLite caps bound parameters; chunk long histories.
  for (let i = 0; i < rehearsalIds.length; i += 500) {
    found.push(
      ...getDb()
        .select(metaColumns)
        .from(recordings)
        .where(and(eq(recordings.userId, userId), inArray(recordings.rehearsalId, rehearsalIds.slice(i, i + 500))))
        .all(),
    );
  }
  return found;
}

/** The audio and its type, for serving. */
export function getRecordingAudio({ userId, rehearsalId }: { userId: string; rehearsalId: string }) {
  return getDb()
    .select({ data: recordings.data, mimeType: recordings.mimeType, bytes: recordings.bytes })
    .from(recordings)
    .where(and(eq(recordings.rehearsalId, rehearsalId), eq(recordings.userId, userId)))
    .get();
}

export function recordingBytesByUser({ userId }: { userId: string }): number {
  return (
    getDb()
      .select({ n: sql<number>`coalesce(sum(${recordings.bytes}), 0)` })
      .from(recordings)
      .where(eq(recordings.userId, userId))
      .get()?.n ?? 0
  );
}

/**
 * Stores (or replaces) a rehearsal's recording, all or nothing: the quota is checked against the
 * user's other recordings in the same transaction that writes, so two uploads cannot both squeeze in.
 */
export function putRecording({
  userId,
  rehearsalId,
  values,
  quotaBytes,
}: {
  userId: string;
  rehearsalId: string;
  values: RecordingValues;
  quotaBytes: number;
}): RecordingMeta {
  const db = getDb();
  return db.transaction(() => {
    const others =
      db
        .select({ n: sql<number>`coalesce(sum(${recordings.bytes}), 0)` })
        .from(recordings)
        .where(and(eq(recordings.userId, userId), sql`${recordings.rehearsalId} <> ${rehearsalId}`))
        .get()?.n ?? 0;
    if (others + values.data.length > quotaBytes) throw new RecordingQuotaError();
    db.delete(recordings)
      .where(and(eq(recordings.rehearsalId, rehearsalId), eq(recordings.userId, userId)))
      .run();
    return db
      .insert(recordings)
      .values({ ...values, bytes: values.data.length, id: newId(), userId, rehearsalId, createdAt: nowIso() })
      .returning(metaColumns)
      .get();
  });
}

export function deleteRecording({ userId, rehearsalId }: { userId: string; rehearsalId: string }): boolean {
  return (
    getDb()
      .delete(recordings)
      .where(and(eq(recordings.rehearsalId, rehearsalId), eq(recordings.userId, userId)))
      .run().changes > 0
  );
}

export function deleteAllRecordings({ userId }: { userId: string }): number {
  return getDb().delete(recordings).where(eq(recordings.userId, userId)).run().changes;
}

export function getRecordingsRetention({ userId }: { userId: string }): number | null {
  return getDb().select({ days: users.recordingsRetentionDays }).from(users).where(eq(users.id, userId)).get()?.days ?? null;
}

export function setRecordingsRetention({ userId, days }: { userId: string; days: number | null }): void {
  getDb().update(users).set({ recordingsRetentionDays: days }).where(eq(users.id, userId)).run();
}

/** Deletes every recording older than its owner's retention; answers how many went. */
export function purgeExpiredRecordings(now: Date): number {
  return getDb()
    .delete(recordings)
    .where(
      sql`${recordings.id} IN (SELECT r.id FROM recordings r JOIN users u ON u.id = r.user_id
          WHERE u.recordings_retention_days IS NOT NULL
            AND r.created_at < strftime('%Y-%m-%dT%H:%M:%fZ', ${now.toISOString()}, '-' || u.recordings_retention_days || ' days'))`,
    )
    .run().changes;
}

/** Every recording of the user with its audio, oldest first (the .zip export). */
export function listRecordingsWithAudioByUser({ userId }: { userId: string }) {
  return getDb()
    .select({ ...metaColumns, data: recordings.data })
    .from(recordings)
    .where(eq(recordings.userId, userId))
    .orderBy(recordings.createdAt)
    .all();
}

/** Inserts a recording as it was exported (an import into a staging account; the quota was checked on the whole file). */
export function insertRecordingRow({
  userId,
  rehearsalId,
  values,
}: {
  userId: string;
  rehearsalId: string;
  values: RecordingValues;
}): void {
  getDb()
    .insert(recordings)
    .values({ ...values, bytes: values.data.length, id: newId(), userId, rehearsalId, createdAt: nowIso() })
    .run();
}
