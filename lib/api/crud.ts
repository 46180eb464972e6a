import type { z } from 'zod';
import type { OwnedCrud } from '@/db/queries/owned';
import { idParamsSchema } from '@/lib/validation/common';
import { notFound } from './errors';
import { json, route } from './route';

type CrudSpec<Row, Values, Patch, Out> = {
  what: string;
  queries: OwnedCrud<Row, Values>;
  create: z.ZodType<Values>;
  patch: z.ZodType<Patch>;
  /** Adds derived fields (or passes rows through); takes the whole list so related rows load once, not per row. */
  present: (rows: Row[], userId: string) => Out[];
  /** Refuses references to rows the caller does not own (throw an AppError). */
  checkRefs?: (userId: string, values: Partial<Values>) => void;
  /** Cleans up what hangs off a deleted row outside its table. */
  onRemove?: (userId: string, id: string) => void;
};

/** The five REST handlers of a user-owned collection, built once for every entity. */
export function crudRoutes<Row, Values, Patch extends Partial<Values>, Out = Row>(spec: CrudSpec<Row, Values, Patch, Out>) {
  const { what, queries } = spec;
  const present = spec.present;
  const presentOne = (row: Row, userId: string) => present([row], userId)[0]!;

  return {
    list: route({}, ({ userId }) => ({ items: present(queries.list({ userId }), userId) })),
    create: route({ body: spec.create }, ({ userId, body }) => {
      spec.checkRefs?.(userId, body);
      return json(presentOne(queries.create({ userId, values: body }), userId), 201);
    }),
    read: route({ params: idParamsSchema }, ({ userId, params }) => {
      const row = queries.get({ userId, id: params.id });
      if (!row) throw notFound(what);
      return presentOne(row, userId);
    }),
    update: route({ params: idParamsSchema, body: spec.patch }, ({ userId, params, body }) => {
      spec.checkRefs?.(userId, body);
      const row = queries.update({ userId, id: params.id, changes: body });
      if (!row) throw notFound(what);
      return presentOne(row, userId);
    }),
    remove: route({ params: idParamsSchema }, ({ userId, params }) => {
      if (!queries.remove({ userId, id: params.id })) throw notFound(what);
      spec.onRemove?.(userId, params.id);
    }),
  };
}
