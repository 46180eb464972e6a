import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { LintFinding } from '@/lib/domain/star-lint';
import type { CompetencyId, PainPointId, ThemeId } from '@/lib/guide';
import {
  CLOUD_PROVIDERS,
  DIMENSIONS,
  type FundamentalArea,
  METRIC_DIRECTIONS,
  PRACTICE_AREAS,
  RATINGS,
  ROLE_STATUSES,
  ROUND_KINDS,
  STORY_STATUSES,
} from '@/lib/guide/enums';

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    passwordHash: text('password_hash').notNull(),
    targetIndustry: text('target_industry'),
    // Set on the hidden account an import is staged into (see importWorkspace): the user it is for.
    // Such an account cannot sign in, and is removed if the server stops before the import ends.
    stagingFor: text('staging_for').references((): AnySQLiteColumn => users.id, { onDelete: 'cascade' }),
    // Recordings older than this many days are deleted; null keeps them until the user deletes them.
    recordingsRetentionDays: integer('recordings_retention_days'),
    ...timestamps,
  },
  // Emails are stored lower-cased; the expression index makes case-insensitive uniqueness hold in the database too.
  (t) => [uniqueIndex('users_email_lower_unique').on(sql`lower(${t.email})`)],
);

/** Failed sign-ins, keyed by normalised email whether or not an account exists. */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    emailKey: text('email_key').notNull(),
    failedAt: integer('failed_at').notNull(),
  },
  (t) => [index('sign_in_failures_email_time').on(t.emailKey, t.failedAt)],
);

/**
 * One row per signed-in browser. The session cookie carries the row id; a request whose row
 * is gone (signed out, signed out everywhere, password changed, account deleted) is refused.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Throttled actions (sign-up, password checks) per bucket and key, e.g. ('signup-address', '203.0.113.9'). */
export const throttleHits = sqliteTable(
  'throttle_hits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('throttle_hits_bucket_key_at').on(t.bucket, t.key, t.at)],
);

const userId = () =>
  text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

export const stories = sqliteTable(
  'stories',
  {
    id: text('id').primaryKey(),
    userId: userId(),
    // A stable integer key for the FTS5 index (SQLite may renumber implicit rowids on VACUUM).
    searchId: integer('search_id').notNull(),
    title: text('title').notNull(),
    situation: text('situation').notNull().default(''),
    task: text('task').notNull().default(''),
    action: text('action').notNull().default(''),
    result: text('result').notNull().default(''),
    themes: text('themes', { mode: 'json' }).$type<ThemeId[]>().notNull().default([]),
    competencies: text('competencies', { mode: 'json' }).$type<CompetencyId[]>().notNull().default([]),
    painPoints: text('pain_points', { mode: 'json' }).$type<PainPointId[]>().notNull().default([]),
    resultQualitative: integer('result_qualitative', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: STORY_STATUSES }).notNull().default('draft'),
    // Derived from the text by lintStory at write time, so lists and coverage never re-lint.
    wordCount: integer('word_count').notNull().default(0),
    speakingSeconds: integer('speaking_seconds').notNull().default(0),
    lint: text('lint', { mode: 'json' }).$type<LintFinding[]>().notNull().default([]),
    ready: integer('ready', { mode: 'boolean' }).notNull().default(false),
    lintVersion: integer('lint_version').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('stories_user_updated').on(t.userId, t.updatedAt),
    uniqueIndex('stories_search_id').on(t.searchId),
    // Covers the story list's first page: every listed column is in the index, so a page never
    // reads the table rows, whose long STAR text sits in overflow pages ahead of these columns.
    index('stories_user_list').on(
      t.userId,
      t.updatedAt,
      t.searchId,
      t.id,
      t.title,
      t.themes,
      t.competencies,
      t.painPoints,
      t.resultQualitative,
      t.status,
      t.createdAt,
      t.wordCount,
      t.speakingSeconds,
      t.lint,
      t.ready,
    ),
  ],
);

export const caseStudies = sqliteTable(
  'case_studies',
  {
    id: text('id').primaryKey(),
    userId: userId(),
    title: text('title').notNull(),
    context: text('context').notNull().default(''),
    role: text('role').notNull().default(''),
    approach: text('approach').notNull().default(''),
    tradeoffs: text('tradeoffs').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
    dimension: text('dimension', { enum: DIMENSIONS }).notNull(),
    painPoints: text('pain_points', { mode: 'json' }).$type<PainPointId[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [index('case_studies_user').on(t.userId, t.updatedAt)],
);

export const impactMetrics = sqliteTable(
  'impact_metrics',
  {
    id: text('id').primaryKey(),
    userId: userId(),
    label: text('label').notNull(),
    direction: text('direction', { enum: METRIC_DIRECTIONS }).notNull(),
    baseline: real('baseline'),
    result: real('result').notNull(),
    unit: text('unit').notNull().default(''),
    timeframe: text('timeframe').notNull().default(''),
    context: text('context').notNull().default(''),
    onResume: integer('on_resume', { mode: 'boolean' }).notNull().default(false),
    onLinkedin: integer('on_linkedin', { mode: 'boolean' }).notNull().default(false),
    storyId: text('story_id').references(() => stories.id, { onDelete: 'set null' }),
    caseStudyId: text('case_study_id').references(() => caseStudies.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  // story_id is indexed so deleting a story need not scan every metric to null its link.
  (t) => [
    index('impact_metrics_user').on(t.userId, t.updatedAt),
    index('impact_metrics_case_study').on(t.caseStudyId),
    index('impact_metrics_story').on(t.storyId),
  ],
);

export type FundamentalsAreas = Record<FundamentalArea, { depth: number; evidence: string }>;

/** One row per user: the fundamentals profile is a singleton, replaced with PUT. */
export const fundamentals = sqliteTable('fundamentals', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  cloudProvider: text('cloud_provider', { enum: CLOUD_PROVIDERS }),
  areas: text('areas', { mode: 'json' }).$type<FundamentalsAreas>().notNull(),
  iacTool: text('iac_tool'),
  iacDepth: integer('iac_depth').notNull().default(0),
  ...timestamps,
});

export const practiceEntries = sqliteTable(
  'practice_entries',
  {
    id: text('id').primaryKey(),
    userId: userId(),
    area: text('area', { enum: PRACTICE_AREAS }).notNull(),
    date: text('date').notNull(),
    summary: text('summary').notNull(),
    reflection: text('reflection').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('practice_entries_user').on(t.userId, t.date)],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    userId: userId(),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    company: text('company').notNull().default(''),
    industry: text('industry').notNull().default(''),
    metOn: text('met_on').notNull(),
    painPoints: text('pain_points', { mode: 'json' }).$type<PainPointId[]>().notNull().default([]),
    notes: text('notes').notNull().default(''),
    followUpOn: text('follow_up_on'),
    ...timestamps,
  },
  (t) => [index('contacts_user').on(t.userId, t.metOn)],
);

/** The user's own interview prompts; built-ins live in lib/guide and are never stored. */
export const prompts = sqliteTable(
  'prompts',
  {
    id: text('id').primaryKey(),
    userId: userId(),
    text: text('text').notNull(),
    themes: text('themes', { mode: 'json' }).$type<ThemeId[]>().notNull().default([]),
    competencies: text('competencies', { mode: 'json' }).$type<CompetencyId[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [index('prompts_user').on(t.userId, t.createdAt)],
);

export const rehearsals = sqliteTable(
  'rehearsals',
  {
    id: text('id').primaryKey(),
    userId: userId(),
    // A built-in id or one of the user's prompts; the text and themes are kept so history survives a deleted prompt.
    promptId: text('prompt_id').notNull(),
    promptText: text('prompt_text').notNull(),
    themes: text('themes', { mode: 'json' }).$type<ThemeId[]>().notNull().default([]),
    storyId: text('story_id').references(() => stories.id, { onDelete: 'set null' }),
    durationSeconds: integer('duration_seconds').notNull(),
    rating: text('rating', { enum: RATINGS }).notNull(),
    notes: text('notes').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('rehearsals_user_created').on(t.userId, t.createdAt), index('rehearsals_story').on(t.storyId)],
);

/** ts-fsrs card state per user and prompt. */
export const promptCards = sqliteTable(
  'prompt_cards',
  {
    userId: userId(),
    promptId: text('prompt_id').notNull(),
    card: text('card', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    due: text('due').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.promptId] }), index('prompt_cards_due').on(t.userId, t.due)],
);

/** Recent draws per user, so the last few prompts are not drawn again. */
export const promptDraws = sqliteTable(
  'prompt_draws',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: userId(),
    promptId: text('prompt_id').notNull(),
    drawnAt: text('drawn_at').notNull(),
  },
  (t) => [index('prompt_draws_user').on(t.userId, t.id)],
);

/** Roles the user is interviewing for (guide step 6: learn a target's pain points and tailor the story). */
export const roles = sqliteTable(
  'roles',
  {
    id: text('id').primaryKey(),
    userId: userId(),
    company: text('company').notNull(),
    title: text('title').notNull(),
    industry: text('industry').notNull().default(''),
    posting: text('posting').notNull().default(''),
    postingUrl: text('posting_url'),
    status: text('status', { enum: ROLE_STATUSES }).notNull().default('researching'),
    notes: text('notes').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('roles_user').on(t.userId, t.updatedAt)],
);

/** An interview in a role's loop, with the user's debrief once it has happened. */
export const interviews = sqliteTable(
  'interviews',
  {
    id: text('id').primaryKey(),
    userId: userId(),
    roleId: text('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    // The instant as the user entered it (ISO 8601 with its offset) and the IANA zone it was entered in.
    startsAt: text('starts_at').notNull(),
    startsAtUtc: text('starts_at_utc').notNull(),
    timeZone: text('time_zone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    round: text('round', { enum: ROUND_KINDS }).notNull(),
    interviewers: text('interviewers').notNull().default(''),
    notes: text('notes').notNull().default(''),
    debrief: text('debrief', { mode: 'json' }).$type<{ questions: string[]; storyIds: string[]; rating: number } | null>(),
    ...timestamps,
  },
  (t) => [index('interviews_role').on(t.roleId, t.startsAtUtc), index('interviews_user_start').on(t.userId, t.startsAtUtc)],
);

/** A rehearsal's audio, kept in the database file like everything else, with the analysis made in the browser. */
export const recordings = sqliteTable(
  'recordings',
  {
    id: text('id').primaryKey(),
    userId: userId(),
    rehearsalId: text('rehearsal_id')
      .notNull()
      .references(() => rehearsals.id, { onDelete: 'cascade' }),
    mimeType: text('mime_type').notNull(),
    bytes: integer('bytes').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    durationSeconds: real('duration_seconds').notNull(),
    speakingSeconds: real('speaking_seconds').notNull(),
    pauseCount: integer('pause_count').notNull(),
    longestPauseSeconds: real('longest_pause_seconds').notNull(),
    pauses: text('pauses', { mode: 'json' }).$type<{ startSeconds: number; seconds: number }[]>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('recordings_rehearsal').on(t.rehearsalId), index('recordings_user_created').on(t.userId, t.createdAt)],
);
