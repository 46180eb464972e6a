import type { z } from 'zod';
import type { OwnedService } from '@/lib/server/owned-service';
import { idParamsSchema } from '@/lib/validation/common';
import { json, route } from './route';

/** The five REST handlers of a user-owned collection over its service, built once for every entity. */
export function crudRoutes<Out, Values, Patch extends Partial<Values>>(spec: {
  service: OwnedService<Out, Values>;
  create: z.ZodType<Values>;
  patch: z.ZodType<Patch>;
}) {
  const { service } = spec;
  return {
    list: route({}, ({ userId }) => ({ items: service.list(userId) })),
    create: route({ body: spec.create }, ({ userId, body }) => json(service.create(userId, body), 201)),
    read: route({ params: idParamsSchema }, ({ userId, params }) => service.get(userId, params.id)),
    update: route({ params: idParamsSchema, body: spec.patch }, ({ userId, params, body }) => service.update(userId, params.id, body)),
    remove: route({ params: idParamsSchema }, ({ userId, params }) => service.remove(userId, params.id)),
  };
}
