import { and, asc, desc, eq, getTableColumns } from 'drizzle-orm';
import type { RoundKind } from '@/lib/guide/enums';
import { cachedStatement, getDb } from '../client';
import { newId, nowIso } from '../ids';
import { interviews, roles } from '../schema';
import { ownedCrud } from './owned';

export const roleQueries = ownedCrud(roles, [desc(roles.updatedAt), desc(roles.createdAt)]);

export type InterviewRecord = Omit<typeof interviews.$inferSelect, 'userId'>;
export type InterviewValues = Omit<typeof interviews.$inferInsert, 'id' | 'userId' | 'roleId' | 'createdAt' | 'updatedAt'>;

const { userId: _owner, ...interviewColumns } = getTableColumns(interviews);

const ownedInterview = (userId: string, roleId: string, id: string) =>
  and(eq(interviews.id, id), eq(interviews.roleId, roleId), eq(interviews.userId, userId));

/** A role's interviews, soonest first. */
export function listInterviewsByRole({ userId, roleId }: { userId: string; roleId: string }): InterviewRecord[] {
  return getDb()
    .select(interviewColumns)
    .from(interviews)
    .where(and(eq(interviews.userId, userId), eq(interviews.roleId, roleId)))
    .orderBy(asc(interviews.startsAtUtc))
    .all();
}

/** Every interview of the user, soonest first (export, calendar, debriefs across roles). */
export function listInterviewsByUser({ userId }: { userId: string }): InterviewRecord[] {
  return getDb().select(interviewColumns).from(interviews).where(eq(interviews.userId, userId)).orderBy(asc(interviews.startsAtUtc)).all();
}

/**
 * Interviews starting in [from, to), with their role's company and title, soonest first. One
 * prepared statement: the dashboard asks on every visit.
 */
export function listUpcomingInterviews({ userId, from, to }: { userId: string; from: string; to: string }) {
  return cachedStatement(
    `SELECT i.id, i.role_id AS roleId, i.starts_at_utc AS startsAtUtc, i.time_zone AS timeZone, i.round, r.company, r.title
     FROM interviews i JOIN roles r ON r.id = i.role_id
     WHERE i.user_id = ? AND i.starts_at_utc >= ? AND i.starts_at_utc < ? ORDER BY i.starts_at_utc`,
  ).all(userId, from, to) as {
    id: string;
    roleId: string;
    startsAtUtc: string;
    timeZone: string;
    round: RoundKind;
    company: string;
    title: string;
  }[];
}

export function getInterview({ userId, roleId, id }: { userId: string; roleId: string; id: string }): InterviewRecord | undefined {
  return getDb()
    .select(interviewColumns)
    .from(interviews)
    .where(ownedInterview(userId, roleId, id))
    .get();
}

export function createInterview({ userId, roleId, values }: { userId: string; roleId: string; values: InterviewValues }): InterviewRecord {
  const now = nowIso();
  return getDb()
    .insert(interviews)
    .values({ ...values, id: newId(), userId, roleId, createdAt: now, updatedAt: now })
    .returning(interviewColumns)
    .get();
}

export function updateInterview({
  userId,
  roleId,
  id,
  changes,
}: {
  userId: string;
  roleId: string;
  id: string;
  changes: Partial<InterviewValues>;
}): InterviewRecord | undefined {
  return getDb()
    .update(interviews)
    .set({ ...changes, updatedAt: nowIso() })
    .where(ownedInterview(userId, roleId, id))
    .returning(interviewColumns)
    .get();
}

export function deleteInterview({ userId, roleId, id }: { userId: string; roleId: string; id: string }): boolean {
  return (
    getDb()
      .delete(interviews)
      .where(ownedInterview(userId, roleId, id))
      .run().changes > 0
  );
}
