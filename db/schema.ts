import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
