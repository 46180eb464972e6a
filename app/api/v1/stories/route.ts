import { createStory, listStoriesByUser } from '@/db/queries/stories';
import { presentStory } from '@/lib/domain/story-view';
import { json, route } from '@/lib/api/route';
import { storyCreateSchema, storyListQuerySchema } from '@/lib/validation/story';

export const GET = route({ query: storyListQuerySchema }, ({ userId, query }) => {
  let items = listStoriesByUser({ userId, theme: query.theme, q: query.q }).map(presentStory);
  // Readiness is derived (marked ready and lint-clean), so the status filter applies after lint.
  if (query.status) items = items.filter((s) => s.ready === (query.status === 'ready'));
  return { items };
});

export const POST = route({ body: storyCreateSchema }, ({ userId, body }) => {
  return json(presentStory(createStory({ userId, values: body })), 201);
});
