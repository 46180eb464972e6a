import { and, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { newId, nowIso } from '../ids';

type OwnedTable = SQLiteTable & { id: SQLiteColumn; userId: SQLiteColumn; createdAt: SQLiteColumn; updatedAt: SQLiteColumn };

export type OwnedCrud<Row, Values> = {
  list(args: { userId: string }): Row[];
  get(args: { userId: string; id: string }): Row | undefined;
  create(args: { userId: string; values: Values }): Row;
  update(args: { userId: string; id: string; changes: Partial<Values> }): Row | undefined;
  remove(args: { userId: string; id: string }): boolean;
};

/**
 * The five queries every user-owned entity needs. `userId` is a required argument and
 * always lands in the WHERE clause, so no call can reach another user's rows.
 */
export function ownedCrud<Row, Values>(table: OwnedTable, orderBy: SQL[]): OwnedCrud<Row, Values> {
  const { userId: _owner, ...columns } = getTableColumns(table) as Record<string, SQLiteColumn>;
  const owned = (userId: string, id: string) => and(eq(table.id, id), eq(table.userId, userId));
  return {
    list: ({ userId }) =>
      getDb()
        .select(columns)
        .from(table)
        .where(eq(table.userId, userId))
        .orderBy(...orderBy)
        .all() as Row[],
    get: ({ userId, id }) => getDb().select(columns).from(table).where(owned(userId, id)).get() as Row | undefined,
    create: ({ userId, values }) => {
      const now = nowIso();
      return getDb()
        .insert(table)
        .values({ ...(values as object), id: newId(), userId, createdAt: now, updatedAt: now } as never)
        .returning(columns)
        .get() as Row;
    },
    update: ({ userId, id, changes }) =>
      getDb()
        .update(table)
        .set({ ...(changes as object), updatedAt: nowIso() } as never)
        .where(owned(userId, id))
        .returning(columns)
        .get() as Row | undefined,
    remove: ({ userId, id }) => getDb().delete(table).where(owned(userId, id)).run().changes > 0,
  };
}
