import { listStoriesByUser, storyQueries } from '@/db/queries/stories';
import { storyCreateSchema, storyListQuerySchema, storyPatchSchema } from '@/lib/validation/story';
import { crudRoutes } from './crud';
import { route } from './route';

const crud = crudRoutes({
  what: 'story',
  queries: storyQueries,
  create: storyCreateSchema,
  patch: storyPatchSchema,
});

export const storyRoutes = {
  ...crud,
  list: route({ query: storyListQuerySchema }, ({ userId, query }) => {
    let items = listStoriesByUser({ userId, theme: query.theme, q: query.q });
    // Readiness is derived (marked ready and lint-clean), so the status filter applies after lint.
    if (query.status) items = items.filter((s) => s.ready === (query.status === 'ready'));
    return { items };
  }),
};
