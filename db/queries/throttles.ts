import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { throttleHits } from '../schema';

const DAY_MS = 24 * 60 * 60 * 1000;

export function countThrottleHits({ bucket, key, since }: { bucket: string; key: string; since: number }): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(throttleHits)
      .where(and(eq(throttleHits.bucket, bucket), eq(throttleHits.key, key), gte(throttleHits.at, since)))
      .get()?.n ?? 0
  );
}

/** When the `nth` most recent hit happened (1 = latest), or undefined if there are fewer. */
export function getNthLatestThrottleHit({ bucket, key, nth }: { bucket: string; key: string; nth: number }): number | undefined {
  return getDb()
    .select({ at: throttleHits.at })
    .from(throttleHits)
    .where(and(eq(throttleHits.bucket, bucket), eq(throttleHits.key, key)))
    .orderBy(desc(throttleHits.at))
    .limit(1)
    .offset(nth - 1)
    .get()?.at;
}

export function recordThrottleHit({ bucket, key, at }: { bucket: string; key: string; at: number }): number {
  const db = getDb();
  const id = db.insert(throttleHits).values({ bucket, key, at }).returning({ id: throttleHits.id }).get().id;
  // Keep the table small: no window is longer than a day.
  db.delete(throttleHits)
    .where(and(eq(throttleHits.bucket, bucket), lt(throttleHits.at, at - DAY_MS)))
    .run();
  return id;
}

/** Takes back hits recorded for an attempt that turned out fine. */
export function deleteThrottleHitsByIds({ ids }: { ids: number[] }): void {
  if (ids.length) getDb().delete(throttleHits).where(inArray(throttleHits.id, ids)).run();
}

export function clearThrottleHits({ bucket, key }: { bucket: string; key: string }): void {
  getDb()
    .delete(throttleHits)
    .where(and(eq(throttleHits.bucket, bucket), eq(throttleHits.key, key)))
    .run();
}
