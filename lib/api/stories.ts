import { databaseVersion } from '@/db/queries/coverage';
import { listStoryPageByUser, storyQueries } from '@/db/queries/stories';
import { type StoryListParams, storyCreateSchema, storyListQuerySchema, storyPatchSchema } from '@/lib/validation/story';
import { crudRoutes } from './crud';
import { route } from './route';

const crud = crudRoutes({
  what: 'story',
  queries: storyQueries,
  present: (rows) => rows,
  create: storyCreateSchema,
  patch: storyPatchSchema,
});

function pageOf(userId: string, query: StoryListParams) {
  const { items, total } = listStoryPageByUser({ userId, ...query });
  const next = query.offset + items.length;
  return { items, total, nextOffset: next < total ? next : null };
}

// Unfiltered pages, serialized, keyed by the database version as the coverage report is: any write
// anywhere moves the version, so a cached page is always byte-identical to a fresh one. Opening
// the story list is the most frequent read; this makes a repeat of it cost two tiny queries.
const pages = new Map<string, { version: string; body: string }>();
const CACHED_PAGES = 500;

function cachedPageBody(userId: string, query: StoryListParams): string {
  const key = `${userId}:${query.limit}:${query.offset}`;
  const version = databaseVersion();
  const hit = pages.get(key);
  if (hit && hit.version === version) return hit.body;
  const body = JSON.stringify(pageOf(userId, query));
  pages.delete(key);
  pages.set(key, { version, body });
  if (pages.size > CACHED_PAGES) pages.delete(pages.keys().next().value!);
  return body;
}

export const storyRoutes = {
  ...crud,
  list: route({ query: storyListQuerySchema }, ({ userId, query }) => {
    if (query.q || query.theme || query.status) return pageOf(userId, query);
    return new Response(cachedPageBody(userId, query), {
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  }),
};
