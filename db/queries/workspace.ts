import { eq, getTableName, isNotNull, sql } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import { type RecordingEntry, WORKSPACE_VERSION, type WorkspaceExport } from '@/lib/validation/workspace';
import { demoWorkspace } from '@/lib/demo/workspace';
import { getDb } from '../client';
import { newId, nowIso } from '../ids';
import {
  caseStudies,
  contacts,
  fundamentals,
  impactMetrics,
  interviews,
  practiceEntries,
  promptCards,
  recordings,
  promptDraws,
  prompts,
  rehearsals,
  roles,
  stories,
  users,
} from '../schema';
import { caseStudyQueries } from './case-studies';
import { contactQueries } from './contacts';
import { getFundamentalsByUser, putFundamentals } from './fundamentals';
import { metricQueries } from './metrics';
import { practiceQueries } from './practice';
import { promptQueries } from './prompts';
import { zonedToIso } from '@/lib/domain/zoned-time';
import { createInterview, listInterviewsByUser, roleQueries } from './roles';
import { insertRecordingRow, listRecordingsWithAudioByUser } from './recordings';
import { insertRehearsalHistory, listAllRehearsals } from './rehearsals';
import { createStory, listStoriesByUser } from './stories';
import { getUserById, updateUserProfile } from './users';

const ownedTables = [
  stories,
  caseStudies,
  impactMetrics,
  practiceEntries,
  contacts,
  prompts,
  rehearsals,
  fundamentals,
  roles,
  interviews,
] as const;

/** True when the user has saved nothing yet (profile aside), so loading data into it can lose nothing. */
export function isWorkspaceEmpty({ userId }: { userId: string }): boolean {
  return ownedTables.every(
    (table) =>
      (getDb()
        .select({ n: sql<number>`count(*)` })
        .from(table)
        .where(eq(table.userId, userId))
        .get()?.n ?? 0) === 0,
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
    const role = roleQueries.create({ userId, values: w.role });
    const day = new Date(Date.now() + w.interview.inDays * 86_400_000).toISOString().slice(0, 10);
    const startsAt = zonedToIso(`${day}T${w.interview.localTime}`, w.interview.timeZone)!;
    const { inDays: _inDays, localTime: _localTime, ...interview } = w.interview;
    createInterview({
      userId,
      roleId: role.id,
      values: { ...interview, startsAt, startsAtUtc: new Date(startsAt).toISOString(), debrief: null },
    });
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
      pick(s, [
        'id',
        'title',
        'situation',
        'task',
        'action',
        'result',
        'themes',
        'competencies',
        'painPoints',
        'resultQualitative',
        'status',
      ]),
    ),
    caseStudies: caseStudyQueries
      .list({ userId })
      .map((c) => pick(c, ['id', 'title', 'context', 'role', 'approach', 'tradeoffs', 'outcome', 'dimension', 'painPoints'])),
    metrics: metricQueries
      .list({ userId })
      .map((m) =>
        pick(m, [
          'id',
          'label',
          'direction',
          'baseline',
          'result',
          'unit',
          'timeframe',
          'context',
          'onResume',
          'onLinkedin',
          'storyId',
          'caseStudyId',
        ]),
      ),
    fundamentals: getFundamentalsByUser({ userId }),
    practice: practiceQueries.list({ userId }).map((p) => pick(p, ['id', 'area', 'date', 'summary', 'reflection'])),
    contacts: contactQueries
      .list({ userId })
      .map((c) => pick(c, ['id', 'name', 'role', 'company', 'industry', 'metOn', 'painPoints', 'notes', 'followUpOn'])),
    prompts: promptQueries.list({ userId }).map((p) => pick(p, ['id', 'text', 'themes', 'competencies'])),
    rehearsals: listAllRehearsals({ userId }).map((r) =>
      pick(r, ['promptId', 'promptText', 'themes', 'storyId', 'durationSeconds', 'rating', 'notes', 'createdAt']),
    ),
    roles: roleQueries
      .list({ userId })
      .map((r) => pick(r, ['id', 'company', 'title', 'industry', 'posting', 'postingUrl', 'status', 'notes'])),
    interviews: listInterviewsByUser({ userId }).map((i) => ({
      ...pick(i, ['id', 'roleId', 'startsAt', 'durationMinutes', 'round', 'interviewers', 'notes', 'debrief']),
      timeZone: i.timeZone || undefined,
    })),
  };
}

const EXTENSION: Record<string, string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
};

/** The export with its recordings: each recorded rehearsal names its file under recordings/, and the audio comes alongside. */
export function exportWorkspaceArchive({ userId }: { userId: string }): { data: WorkspaceExport; files: Map<string, Buffer> } {
  const data = exportWorkspace({ userId });
  const byRehearsal = new Map(listRecordingsWithAudioByUser({ userId }).map((r) => [r.rehearsalId, r]));
  const files = new Map<string, Buffer>();
  const rows = listAllRehearsals({ userId });
  data.rehearsals = data.rehearsals.map((entry, i) => {
    const id = rows[i]!.id;
    const rec = byRehearsal.get(id);
    if (!rec) return entry;
    const file = `recordings/${rec.id}.${EXTENSION[rec.mimeType] ?? 'bin'}`;
    files.set(file, rec.data);
    const { durationSeconds, speakingSeconds, pauseCount, longestPauseSeconds, pauses } = rec;
    return {
      ...entry,
      id,
      recording: {
        file,
        mimeType: rec.mimeType as RecordingEntry['mimeType'],
        analysis: { durationSeconds, speakingSeconds, pauseCount, longestPauseSeconds, pauses },
      },
    };
  });
  return { data, files };
}

// Tables holding a user's workspace, in an order that deletes referencing rows before what they reference.
const workspaceTables = [
  interviews,
  roles,
  recordings,
  rehearsals,
  promptCards,
  promptDraws,
  impactMetrics,
  contacts,
  practiceEntries,
  prompts,
  caseStudies,
  stories,
  fundamentals,
] as const;

/** A slice of synchronous work per transaction: short enough that other requests never wait long. */
const SLICE_MS = 25;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs small write steps in transactions of about SLICE_MS each, letting other requests run between them. */
async function runInSlices(steps: Iterable<() => void>): Promise<void> {
  const db = getDb();
  const iterator = steps[Symbol.iterator]();
  let finished = false;
  while (!finished) {
    db.transaction(() => {
      const start = performance.now();
      while (performance.now() - start < SLICE_MS) {
        const step = iterator.next();
        if (step.done) {
          finished = true;
          return;
        }
        step.value();
      }
    });
    await yieldToEventLoop();
  }
}

/** A hidden account that holds an import until it is swapped in; it cannot sign in. */
function createStagingUser(forUserId: string): string {
  const id = newId();
  const now = nowIso();
  getDb()
    .insert(users)
    .values({
      id,
      email: `staging-${id}@import.invalid`,
      name: '',
      passwordHash: '!',
      stagingFor: forUserId,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return id;
}

/** Deletes an account and all its rows a slice at a time (a big workspace would otherwise block for long). */
async function purgeUserInSlices(userId: string): Promise<void> {
  const client = getDb().$client;
  for (const table of workspaceTables) {
    const name = getTableName(table);
    const statement = client.prepare(`DELETE FROM "${name}" WHERE rowid IN (SELECT rowid FROM "${name}" WHERE user_id = ? LIMIT 200)`);
    while (statement.run(userId).changes > 0) await yieldToEventLoop();
  }
  getDb().delete(users).where(eq(users.id, userId)).run();
}

/** Removes staging accounts left by imports that a stopped server never finished. */
export function deleteAbandonedStagingUsers(): number {
  return getDb().delete(users).where(isNotNull(users.stagingFor)).run().changes;
}

/** The insert steps for a whole file into `userId`, remapping the file's ids to new ones as it goes. */
function* importSteps(userId: string, data: WorkspaceExport, audio: ReadonlyMap<string, Buffer>): Generator<() => void> {
  const storyIds = new Map<string, string>();
  const studyIds = new Map<string, string>();
  const promptIds = new Map<string, string>();
  for (const { id, ...values } of data.stories) yield () => void storyIds.set(id, createStory({ userId, values }).id);
  for (const { id, ...values } of data.caseStudies) yield () => void studyIds.set(id, caseStudyQueries.create({ userId, values }).id);
  for (const { id: _id, storyId, caseStudyId, ...values } of data.metrics) {
    yield () =>
      void metricQueries.create({
        userId,
        values: {
          ...values,
          storyId: storyId ? storyIds.get(storyId)! : null,
          caseStudyId: caseStudyId ? studyIds.get(caseStudyId)! : null,
        },
      });
  }
  yield () => putFundamentals({ userId, profile: data.fundamentals });
  for (const { id: _id, ...values } of data.practice) yield () => void practiceQueries.create({ userId, values });
  for (const { id: _id, ...values } of data.contacts) yield () => void contactQueries.create({ userId, values });
  for (const { id, ...values } of data.prompts) yield () => void promptIds.set(id, promptQueries.create({ userId, values }).id);
  const roleIds = new Map<string, string>();
  for (const { id, ...values } of data.roles) yield () => void roleIds.set(id, roleQueries.create({ userId, values }).id);
  for (const { id: _id, roleId, timeZone, debrief, ...values } of data.interviews) {
    yield () =>
      void createInterview({
        userId,
        roleId: roleIds.get(roleId)!,
        values: {
          ...values,
          timeZone: timeZone ?? '',
          startsAtUtc: new Date(values.startsAt).toISOString(),
          // A debrief names stories by the file's ids; a story the file does not hold is dropped.
          debrief: debrief && { ...debrief, storyIds: debrief.storyIds.flatMap((s) => storyIds.get(s) ?? []) },
        },
      });
  }
  for (let i = 0; i < data.rehearsals.length; i += 100) {
    const rows = data.rehearsals.slice(i, i + 100);
    yield () => {
      const ids = insertRehearsalHistory({
        userId,
        rows: rows.map(({ id: _id, recording: _recording, ...r }) => ({
          ...r,
          promptId: promptIds.get(r.promptId) ?? r.promptId,
          storyId: r.storyId ? (storyIds.get(r.storyId) ?? null) : null,
        })),
      });
      rows.forEach((r, k) => {
        const data = r.recording && audio.get(r.recording.file);
        if (r.recording && data)
          insertRecordingRow({ userId, rehearsalId: ids[k]!, values: { ...r.recording.analysis, mimeType: r.recording.mimeType, data } });
      });
    };
  }
}

export class WorkspaceNotEmptyError extends Error {}

/**
 * Loads an export into the account, all or nothing, without holding the database for long.
 * The rows are written, a slice at a time, into a hidden staging account; then one short
 * transaction hands them to the user (and, when replacing, hands the old rows to a second
 * staging account, deleted slice by slice afterwards). A failure or a crash before the hand-over
 * leaves the account as it was; staging accounts left by a crash are removed at the next start.
 */
export async function importWorkspace({
  userId,
  data,
  replace,
  audio = new Map(),
}: {
  userId: string;
  data: WorkspaceExport;
  replace: boolean;
  /** The recordings of a .zip export, by their path in the archive. */
  audio?: ReadonlyMap<string, Buffer>;
}): Promise<void> {
  const db = getDb();
  const stagingId = createStagingUser(userId);
  const retiredId = replace ? createStagingUser(userId) : null;
  try {
    await runInSlices(importSteps(stagingId, data, audio));
    db.transaction(() => {
      if (!replace && !isWorkspaceEmpty({ userId })) throw new WorkspaceNotEmptyError();
      for (const table of workspaceTables) {
        if (retiredId) db.update(table).set({ userId: retiredId }).where(eq(table.userId, userId)).run();
        db.update(table).set({ userId }).where(eq(table.userId, stagingId)).run();
      }
      updateUserProfile({ userId, changes: data.profile });
    });
  } finally {
    // After the hand-over the staging account is empty; before it, it holds the abandoned import.
    await purgeUserInSlices(stagingId);
    if (retiredId) await purgeUserInSlices(retiredId);
  }
}
