import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import type { LintFinding } from '@/lib/domain/star-lint';
import { deriveStoryStats, LINT_VERSION } from '@/lib/domain/story-view';
import { cachedStatement, getDb } from '../client';
import { newId, nowIso } from '../ids';
import { stories } from '../schema';
import { toFtsAnyQuery, toFtsQuery } from '../search';
import type { OwnedCrud } from './owned';

// The FTS5 table from migration 0002, declared here (not in schema.ts) so drizzle-kit leaves it alone.
const storiesFts = sqliteTable('stories_fts', { rowid: integer('rowid') });

const columns = {
  id: stories.id,
  title: stories.title,
  situation: stories.situation,
  task: stories.task,
  action: stories.action,
  result: stories.result,
  themes: stories.themes,
  competencies: stories.competencies,
  painPoints: stories.painPoints,
  resultQualitative: stories.resultQualitative,
  status: stories.status,
  createdAt: stories.createdAt,
  updatedAt: stories.updatedAt,
  wordCount: stories.wordCount,
  speakingSeconds: stories.speakingSeconds,
  lint: stories.lint,
  ready: stories.ready,
};

export type StoryRecord = { [K in keyof typeof columns]: (typeof stories.$inferSelect)[K] };

const { situation: _s, task: _t, action: _a, result: _r, ...summaryColumns } = columns;
/** A lint finding as a list shows it: what and where, without the advice text (the story itself carries that). */
export type LintMark = Omit<LintFinding, 'message'>;
export type StorySummaryRecord = Omit<StoryRecord, 'situation' | 'task' | 'action' | 'result' | 'lint'> & { lint: LintMark[] };

const toMarks = (lint: LintFinding[]): LintMark[] => lint.map(({ code, field, severity }) => ({ code, field, severity }));
const withMarks = <T extends { lint: LintFinding[] }>(row: T) => ({ ...row, lint: toMarks(row.lint) });
type StoryValues = Pick<
  StoryRecord,
  'title' | 'situation' | 'task' | 'action' | 'result' | 'themes' | 'competencies' | 'painPoints' | 'resultQualitative' | 'status'
>;

const withStats = (values: StoryValues) => ({ ...values, ...deriveStoryStats(values), lintVersion: LINT_VERSION });

// Users whose rows are known current in this process: every write stores the current version.
const refreshed = new Set<string>();

/** Recomputes stats stored under older lint rules, once per story. */
function refreshStaleStats(userId: string): void {
  const key = `${getDb().$client.name}:${userId}`;
  if (refreshed.has(key)) return;
  const db = getDb();
  const stale = db
    .select()
    .from(stories)
    .where(and(eq(stories.userId, userId), ne(stories.lintVersion, LINT_VERSION)))
    .all();
  db.transaction((tx) => {
    for (const row of stale) {
      tx.update(stories).set(withStats(row)).where(eq(stories.id, row.id)).run();
    }
  });
  refreshed.add(key);
}

const hasTheme = (theme: string) => sql`exists (select 1 from json_each(${stories.themes}) where value = ${theme})`;

/** Weights: title counts most, then the STAR parts equally. */
const rank = sql<number>`bm25(stories_fts, 4.0, 1.0, 1.0, 1.0, 1.0)`;

export function listStoriesByUser({ userId, theme, q }: { userId: string; theme?: string; q?: string }): StoryRecord[] {
  refreshStaleStats(userId);
  const db = getDb();
  const filters: SQL[] = [eq(stories.userId, userId)];
  if (theme) filters.push(hasTheme(theme));
  const match = q ? toFtsQuery(q) : null;
  if (!match) {
    return db
      .select(columns)
      .from(stories)
      .where(and(...filters))
      .orderBy(desc(stories.updatedAt), desc(stories.searchId))
      .all();
  }
  return db
    .select(columns)
    .from(stories)
    .innerJoin(storiesFts, eq(storiesFts.rowid, stories.searchId))
    .where(and(...filters, sql`stories_fts MATCH ${match}`))
    .orderBy(rank)
    .all();
}

// The list's first page is the most requested read of all. These statements are compiled once, and
// the rows are mapped by hand: drizzle's generic row mapping cost more than the query itself.
const SUMMARY_SELECT = `SELECT id, title, themes, competencies, pain_points, result_qualitative, status, created_at,
  updated_at, word_count, speaking_seconds, lint, ready FROM stories WHERE user_id = ?`;

type SummaryRow = {
  id: string;
  title: string;
  themes: string;
  competencies: string;
  pain_points: string;
  result_qualitative: number;
  status: StoryRecord['status'];
  created_at: string;
  updated_at: string;
  word_count: number;
  speaking_seconds: number;
  lint: string;
  ready: number;
};

function toSummary(row: SummaryRow): StorySummaryRecord {
  return {
    id: row.id,
    title: row.title,
    themes: JSON.parse(row.themes),
    competencies: JSON.parse(row.competencies),
    painPoints: JSON.parse(row.pain_points),
    resultQualitative: row.result_qualitative === 1,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    wordCount: row.word_count,
    speakingSeconds: row.speaking_seconds,
    lint: toMarks(JSON.parse(row.lint)),
    ready: row.ready === 1,
  };
}

function listUnfilteredPage(userId: string, limit: number, offset: number): { items: StorySummaryRecord[]; total: number } {
  const rows = cachedStatement(`${SUMMARY_SELECT} ORDER BY updated_at DESC, search_id DESC LIMIT ? OFFSET ?`).all(
    userId,
    limit,
    offset,
  ) as SummaryRow[];
  const total = cachedStatement('SELECT count(*) FROM stories WHERE user_id = ?').pluck().get(userId) as number;
  return { items: rows.map(toSummary), total };
}

/** One page of a user's stories without their STAR text, newest first or best match first. */
export function listStoryPageByUser({
  userId,
  theme,
  q,
  status,
  limit,
  offset,
}: {
  userId: string;
  theme?: string;
  q?: string;
  status?: 'ready' | 'draft';
  limit: number;
  offset: number;
}): { items: StorySummaryRecord[]; total: number } {
  refreshStaleStats(userId);
  const db = getDb();
  const filters: SQL[] = [eq(stories.userId, userId)];
  if (theme) filters.push(hasTheme(theme));
  // Readiness is stored (marked ready and lint-clean), so "draft" means not ready.
  if (status) filters.push(eq(stories.ready, status === 'ready'));
  const match = q ? toFtsQuery(q) : null;
  if (!match && !theme && !status) {
    return listUnfilteredPage(userId, limit, offset);
  }
  if (!match) {
    const where = and(...filters);
    const items = db
      .select(summaryColumns)
      .from(stories)
      .where(where)
      .orderBy(desc(stories.updatedAt), desc(stories.searchId))
      .limit(limit)
      .offset(offset)
      .all()
      .map(withMarks);
    const total =
      db
        .select({ n: sql<number>`count(*)` })
        .from(stories)
        .where(where)
        .get()?.n ?? 0;
    return { items, total };
  }
  const where = and(...filters, sql`stories_fts MATCH ${match}`);
  const joined = () => db.select(summaryColumns).from(stories).innerJoin(storiesFts, eq(storiesFts.rowid, stories.searchId));
  const items = joined().where(where).orderBy(rank).limit(limit).offset(offset).all().map(withMarks);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(stories)
      .innerJoin(storiesFts, eq(storiesFts.rowid, stories.searchId))
      .where(where)
      .get()?.n ?? 0;
  return { items, total };
}

export function getStoryById({ userId, id }: { userId: string; id: string }): StoryRecord | undefined {
  refreshStaleStats(userId);
  return getDb()
    .select(columns)
    .from(stories)
    .where(and(eq(stories.id, id), eq(stories.userId, userId)))
    .get();
}

export function createStory({ userId, values }: { userId: string; values: StoryValues }): StoryRecord {
  const now = nowIso();
  return getDb()
    .insert(stories)
    .values({
      ...withStats(values),
      id: newId(),
      userId,
      searchId: sql`(select ifnull(max(search_id), 0) + 1 from stories)`,
      createdAt: now,
      updatedAt: now,
    })
    .returning(columns)
    .get();
}

export function updateStory({
  userId,
  id,
  changes,
}: {
  userId: string;
  id: string;
  changes: Partial<StoryValues>;
}): StoryRecord | undefined {
  // Stats depend on the whole story, so merge the change into the stored row first.
  return getDb().transaction((tx) => {
    const current = tx
      .select(columns)
      .from(stories)
      .where(and(eq(stories.id, id), eq(stories.userId, userId)))
      .get();
    if (!current) return undefined;
    return tx
      .update(stories)
      .set({ ...withStats({ ...current, ...changes }), updatedAt: nowIso() })
      .where(and(eq(stories.id, id), eq(stories.userId, userId)))
      .returning(columns)
      .get();
  });
}

export function deleteStory({ userId, id }: { userId: string; id: string }): boolean {
  return (
    getDb()
      .delete(stories)
      .where(and(eq(stories.id, id), eq(stories.userId, userId)))
      .run().changes > 0
  );
}

/** The stories queries in the shape the shared CRUD routes expect. */
export const storyQueries: OwnedCrud<StoryRecord, StoryValues> = {
  list: ({ userId }) => listStoriesByUser({ userId }),
  get: getStoryById,
  create: createStory,
  update: updateStory,
  remove: deleteStory,
};

/** For tests that rewrite rows behind the app's back. */
export function forgetRefreshedStats(): void {
  refreshed.clear();
}

/** Whether any ready story of the user carries the theme (stops at the first). */
export function hasReadyStoryOnTheme({ userId, theme }: { userId: string; theme: string }): boolean {
  return (
    cachedStatement(
      'SELECT 1 FROM stories WHERE user_id = ? AND ready = 1 AND EXISTS (SELECT 1 FROM json_each(stories.themes) WHERE value = ?) LIMIT 1',
    ).get(userId, theme) !== undefined
  );
}

/** How many ready stories carry each theme. */
export function countReadyThemesByUser({ userId }: { userId: string }): Record<string, number> {
  const rows = getDb().all<{ theme: string; n: number }>(
    sql`select j.value as theme, count(*) as n from ${stories}, json_each(${stories.themes}) j
        where ${stories.userId} = ${userId} and ${stories.ready} = 1 group by j.value`,
  );
  return Object.fromEntries(rows.map((r) => [r.theme, r.n]));
}

/** What ranking needs of a story: no text, so a large bank stays cheap to rank. */
export type StoryCandidate = Pick<StoryRecord, 'id' | 'themes' | 'competencies' | 'ready'> & { bm25: number | null };

type CandidateRow = { id: string; themes: string; competencies: string; ready: number; bm25: number | null };
const toCandidate = (r: CandidateRow): StoryCandidate => ({
  id: r.id,
  themes: JSON.parse(r.themes) as StoryRecord['themes'],
  competencies: JSON.parse(r.competencies) as StoryRecord['competencies'],
  ready: r.ready === 1,
  bm25: r.bm25,
});

/**
 * Stories that mention the search words (with their bm25, best first) or carry one of the
 * themes (ready and recent first); at most `limit` of each.
 */
export function listStoryMatchCandidates({
  userId,
  terms,
  themes,
  limit = 20,
}: {
  userId: string;
  terms: string[];
  themes: string[];
  limit?: number;
}): StoryCandidate[] {
  const match = toFtsAnyQuery(terms);
  const byText = match
    ? (cachedStatement(
        `SELECT s.id, s.themes, s.competencies, s.ready, bm25(stories_fts, 4.0, 1.0, 1.0, 1.0, 1.0) AS bm25
         FROM stories_fts JOIN stories s ON s.search_id = stories_fts.rowid
         WHERE stories_fts MATCH ? AND s.user_id = ? ORDER BY bm25 LIMIT ?`,
      ).all(match, userId, limit) as CandidateRow[])
    : [];
  const seen = new Set(byText.map((s) => s.id));
  const byTheme = themes.length
    ? (cachedStatement(
        `SELECT id, themes, competencies, ready, NULL AS bm25 FROM stories
         WHERE user_id = ? AND EXISTS (SELECT 1 FROM json_each(stories.themes) WHERE value IN (SELECT value FROM json_each(?)))
         ORDER BY ready DESC, updated_at DESC LIMIT ?`,
      ).all(userId, JSON.stringify(themes), limit) as CandidateRow[])
    : [];
  return [...byText, ...byTheme.filter((s) => !seen.has(s.id))].map(toCandidate);
}

/** The fields a suggestion shows (title and STAR parts as cue cards), for a few chosen stories. */
export function listStoriesForMatch({ userId, ids }: { userId: string; ids: string[] }) {
  if (ids.length === 0) return [];
  return getDb()
    .select({
      id: stories.id,
      title: stories.title,
      situation: stories.situation,
      task: stories.task,
      action: stories.action,
      result: stories.result,
      themes: stories.themes,
      competencies: stories.competencies,
      ready: stories.ready,
    })
    .from(stories)
    .where(and(eq(stories.userId, userId), inArray(stories.id, ids)))
    .all();
}

export function getStoryTitles({ userId, ids }: { userId: string; ids: string[] }): Record<string, string> {
  if (ids.length === 0) return {};
  const rows = getDb()
    .select({ id: stories.id, title: stories.title })
    .from(stories)
    .where(and(eq(stories.userId, userId), inArray(stories.id, ids)))
    .all();
  return Object.fromEntries(rows.map((r) => [r.id, r.title]));
}
