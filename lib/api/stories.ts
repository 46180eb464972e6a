import { listStoryPageByUser, storyQueries } from '@/db/queries/stories';
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
    const { items, total } = listStoryPageByUser({ userId, ...query });
    const next = query.offset + items.length;
    return { items, total, nextOffset: next < total ? next : null };
  }),
};
