import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { CompetencyId, PainPointId, ThemeId } from '@/lib/guide';

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

export type UserRow = typeof users.$inferSelect;

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
    status: text('status', { enum: ['draft', 'ready'] }).notNull().default('draft'),
    ...timestamps,
  },
  (t) => [index('stories_user_updated').on(t.userId, t.updatedAt), uniqueIndex('stories_search_id').on(t.searchId)],
);

export type StoryRow = typeof stories.$inferSelect;
