import 'server-only';
import type { OwnedCrud } from '@/db/queries/owned';
import { notFound } from '@/lib/errors';

type ServiceSpec<Row, Values, Out> = {
  /** The entity's name in "No such …" messages. */
  what: string;
  queries: OwnedCrud<Row, Values>;
  /** Adds derived fields (or passes rows through); takes the whole list so related rows load once, not per row. */
  present: (rows: Row[], userId: string) => Out[];
  /** Refuses references to rows the caller does not own (throw an AppError). */
  checkRefs?: (userId: string, values: Partial<Values>) => void;
  /** Cleans up what hangs off a deleted row outside its table. */
  onRemove?: (userId: string, id: string) => void;
};

export type OwnedService<Out, Values> = {
  list(userId: string): Out[];
  get(userId: string, id: string): Out;
  create(userId: string, values: Values): Out;
  update(userId: string, id: string, changes: Partial<Values>): Out;
  remove(userId: string, id: string): void;
};

/**
 * The use-cases of a user-owned collection: the queries, presented, with reference checks.
 * Anything the caller does not own is "not found", never "forbidden".
 */
export function ownedService<Row, Values, Out>(spec: ServiceSpec<Row, Values, Out>): OwnedService<Out, Values> {
  const { what, queries, present } = spec;
  const presentOne = (row: Row, userId: string) => present([row], userId)[0]!;
  return {
    list: (userId) => present(queries.list({ userId }), userId),
    get: (userId, id) => {
      const row = queries.get({ userId, id });
      if (!row) throw notFound(what);
      return presentOne(row, userId);
    },
    create: (userId, values) => {
      spec.checkRefs?.(userId, values);
      return presentOne(queries.create({ userId, values }), userId);
    },
    update: (userId, id, changes) => {
      spec.checkRefs?.(userId, changes);
      const row = queries.update({ userId, id, changes });
      if (!row) throw notFound(what);
      return presentOne(row, userId);
    },
    remove: (userId, id) => {
      if (!queries.remove({ userId, id })) throw notFound(what);
      spec.onRemove?.(userId, id);
    },
  };
}
