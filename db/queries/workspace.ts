import { eq, sql } from 'drizzle-orm';
import { WORKSPACE_VERSION, type WorkspaceExport } from '@/lib/validation/workspace';
import { demoWorkspace } from '@/lib/demo/workspace';
import { getDb } from '../client';
import { caseStudies, contacts, fundamentals, impactMetrics, practiceEntries, promptCards, promptDraws, prompts, rehearsals, stories } from '../schema';
import { caseStudyQueries } from './case-studies';
import { contactQueries } from './contacts';
import { getFundamentalsByUser, putFundamentals } from './fundamentals';
import { metricQueries } from './metrics';
import { practiceQueries } from './practice';
import { promptQueries } from './prompts';
import { insertRehearsalHistory, listAllRehearsals } from './rehearsals';
import { createStory, listStoriesByUser } from './stories';
import { getUserById, updateUserProfile } from './users';

const ownedTables = [stories, caseStudies, impactMetrics, practiceEntries, contacts, prompts, rehearsals, fundamentals] as const;

/** True when the user has saved nothing yet (profile aside), so loading data into it can lose nothing. */
export function isWorkspaceEmpty({ userId }: { userId: string }): boolean {
  return ownedTables.every(
    (table) => (getDb().select({ n: sql<number>`count(*)` }).from(table).where(eq(table.userId, userId)).get()?.n ?? 0) === 0,
  );
}

/** Loads the demo workspace into one user's account, all or nothing. */
export function seedDemoWorkspace({ userId }: { userId: string }): void {
  const w = demoWorkspace;
  getDb().transaction(() => {
    updateUserProfile({ userId, changes: { targetIndustry: w.targetIndustry } });
    for (const story of w.stories) createStory({ userId, values: { resultQualitative: false, ...story } });
    const studyIds = Object.fromEntries(
      Object.entries(w.caseStudies).map(([key, values]) => [key, caseStudyQueries.create({ userId, values }).id]),
    );
    for (const { caseStudy, ...metric } of w.metrics) {
      metricQueries.create({ userId, values: { ...metric, storyId: null, caseStudyId: caseStudy ? studyIds[caseStudy]! : null } });
    }
    putFundamentals({ userId, profile: w.fundamentals });
    for (const entry of w.practice) practiceQueries.create({ userId, values: entry });
    for (const contact of w.contacts) contactQueries.create({ userId, values: contact });
  });
}

const pick = <T extends object, K extends keyof T>(row: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;

/** Everything the user owns, as a versioned, self-contained document. */
export function exportWorkspace({ userId }: { userId: string }): WorkspaceExport {
  const user = getUserById({ id: userId })!;
  return {
    format: 'starboard-workspace',
    version: WORKSPACE_VERSION,
    exportedAt: new Date().toISOString(),
    profile: { name: user.name, targetIndustry: user.targetIndustry },
    stories: listStoriesByUser({ userId }).map((s) =>
      pick(s, ['id', 'title', 'situation', 'task', 'action', 'result', 'themes', 'competencies', 'painPoints', 'resultQualitative', 'status']),
    ),
    caseStudies: caseStudyQueries.list({ userId }).map((c) => pick(c, ['id', 'title', 'context', 'role', 'approach', 'tradeoffs', 'outcome', 'dimension', 'painPoints'])),
    metrics: metricQueries.list({ userId }).map((m) =>
      pick(m, ['id', 'label', 'direction', 'baseline', 'result', 'unit', 'timeframe', 'context', 'onResume', 'onLinkedin', 'storyId', 'caseStudyId']),
    ),
    fundamentals: getFundamentalsByUser({ userId }),
    practice: practiceQueries.list({ userId }).map((p) => pick(p, ['id', 'area', 'date', 'summary', 'reflection'])),
    contacts: contactQueries.list({ userId }).map((c) => pick(c, ['id', 'name', 'role', 'company', 'industry', 'metOn', 'painPoints', 'notes', 'followUpOn'])),
    prompts: promptQueries.list({ userId }).map((p) => pick(p, ['id', 'text', 'themes', 'competencies'])),
    rehearsals: listAllRehearsals({ userId }).map((r) => pick(r, ['promptId', 'promptText', 'themes', 'storyId', 'durationSeconds', 'rating', 'notes', 'createdAt'])),
  };
}

function clearWorkspace(userId: string): void {
  const db = getDb();
  for (const table of [promptCards, promptDraws, ...ownedTables]) db.delete(table).where(eq(table.userId, userId)).run();
}

/** Loads an export into the account in one transaction: all of it, or nothing. */
export function importWorkspace({ userId, data, replace }: { userId: string; data: WorkspaceExport; replace: boolean }): void {
  getDb().transaction(() => {
    if (replace) clearWorkspace(userId);
    updateUserProfile({ userId, changes: data.profile });
    const storyIds = new Map(data.stories.map(({ id, ...values }) => [id, createStory({ userId, values }).id]));
    const studyIds = new Map(data.caseStudies.map(({ id, ...values }) => [id, caseStudyQueries.create({ userId, values }).id]));
    for (const { id: _id, storyId, caseStudyId, ...values } of data.metrics) {
      metricQueries.create({ userId, values: { ...values, storyId: storyId ? storyIds.get(storyId)! : null, caseStudyId: caseStudyId ? studyIds.get(caseStudyId)! : null } });
    }
    putFundamentals({ userId, profile: data.fundamentals });
    for (const { id: _id, ...values } of data.practice) practiceQueries.create({ userId, values });
    for (const { id: _id, ...values } of data.contacts) contactQueries.create({ userId, values });
    const promptIds = new Map(data.prompts.map(({ id, ...values }) => [id, promptQueries.create({ userId, values }).id]));
    insertRehearsalHistory({
      userId,
      rows: data.rehearsals.map((r) => ({
        ...r,
        promptId: promptIds.get(r.promptId) ?? r.promptId,
        storyId: r.storyId ? (storyIds.get(r.storyId) ?? null) : null,
      })),
    });
  });
}
