import { and, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteInsertValue, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { newId, nowIso } from '../ids';

/** A table every row of which belongs to one user, with the usual id and timestamps. */
type OwnedTable = SQLiteTable & { id: SQLiteColumn; userId: SQLiteColumn; createdAt: SQLiteColumn; updatedAt: SQLiteColumn };

/** A row as the API sees it: every column but the owner. */
export type OwnedRow<T extends OwnedTable> = Omit<T['$inferSelect'], 'userId'>;
/** What a caller may set: everything but the owner, the id and the timestamps. */
export type OwnedValues<T extends OwnedTable> = Omit<T['$inferInsert'], 'id' | 'userId' | 'createdAt' | 'updatedAt'>;

type Owned = { id: string; userId: string; createdAt: string; updatedAt: string };

export type OwnedCrud<Row, Values> = {
  list(args: { userId: string }): Row[];
  get(args: { userId: string; id: string }): Row | undefined;
  create(args: { userId: string; values: Values }): Row;
  update(args: { userId: string; id: string; changes: Partial<Values> }): Row | undefined;
  remove(args: { userId: string; id: string }): boolean;
};

/**
 * The five queries every user-owned entity needs, typed from the table itself. `userId` is a
 * required argument and always lands in the WHERE clause, so no call can reach another user's rows.
 */
export function ownedCrud<T extends OwnedTable>(table: T, orderBy: SQL[]): OwnedCrud<OwnedRow<T>, OwnedValues<T>> {
  const { userId: _owner, ...columns } = getTableColumns(table);
  const owned = (userId: string, id: string) => and(eq(table.id, id), eq(table.userId, userId));
  // The column map without the owner selects exactly OwnedRow<T>; drizzle cannot follow the
  // rest-destructuring through the generic, so the selections are typed here once.
  const selectOwned = () => getDb().select(columns).from(table);
  const insertRow = (userId: string, values: OwnedValues<T>): SQLiteInsertValue<T> => {
    const now = nowIso();
    const row: OwnedValues<T> & Owned = { ...values, id: newId(), userId, createdAt: now, updatedAt: now };
    // OwnedValues<T> plus the four owner columns is exactly T's insert type, but drizzle's
    // SQLiteInsertValue is a mapped type TypeScript cannot resolve for a generic table.
    return row as SQLiteInsertValue<T>;
  };
  const changeSet = (changes: Partial<OwnedValues<T>>): SQLiteUpdateSetSource<T> => ({ ...changes, updatedAt: nowIso() });
  return {
    list: ({ userId }): OwnedRow<T>[] =>
      selectOwned()
        .where(eq(table.userId, userId))
        .orderBy(...orderBy)
        .all(),
    get: ({ userId, id }): OwnedRow<T> | undefined => selectOwned().where(owned(userId, id)).get(),
    create: ({ userId, values }): OwnedRow<T> => getDb().insert(table).values(insertRow(userId, values)).returning(columns).get(),
    update: ({ userId, id, changes }): OwnedRow<T> | undefined =>
      getDb().update(table).set(changeSet(changes)).where(owned(userId, id)).returning(columns).get(),
    remove: ({ userId, id }) => getDb().delete(table).where(owned(userId, id)).run().changes > 0,
  };
}
