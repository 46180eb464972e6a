import { crudRoutes } from '@/lib/api/crud';
import { route } from '@/lib/api/route';
import { promptService, promptsFor } from '@/lib/server/rehearsal';
import { promptCreateSchema, promptPatchSchema } from '@/lib/validation/rehearsal';

const crud = crudRoutes({ service: promptService, create: promptCreateSchema, patch: promptPatchSchema });

/** The REST handlers of /api/v1/prompts (built-in and own) and /api/v1/prompts/:id (own only). */
export const handlers = { ...crud, list: route({}, ({ userId }) => ({ items: promptsFor(userId) })) };
