import { crudRoutes } from '@/lib/api/crud';
import { route } from '@/lib/api/route';
import { storyPageJson, storyService } from '@/lib/server/stories';
import { storyCreateSchema, storyListQuerySchema, storyPatchSchema } from '@/lib/validation/story';

const crud = crudRoutes({ service: storyService, create: storyCreateSchema, patch: storyPatchSchema });

/** The REST handlers of /api/v1/stories and /api/v1/stories/:id; the list pages with limit/offset. */
export const handlers = {
  ...crud,
  list: route(
    { query: storyListQuerySchema },
    ({ userId, query }) =>
      new Response(storyPageJson(userId, query), { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } }),
  ),
};
