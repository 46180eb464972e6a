import 'server-only';
import { getDatabaseVersion } from '@/db/queries/coverage';
import { listStoryPageByUser, storyQueries, getStoryById, getStoryTitles } from '@/db/queries/stories';
import type { StoryDto, StoryListParams } from '@/lib/validation/story';
import { ownedService } from './owned-service';

export const storyService = ownedService({ what: 'story', queries: storyQueries, present: (rows) => rows });

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
  const version = getDatabaseVersion();
  const hit = pages.get(key);
  if (hit && hit.version === version) return hit.body;
  const body = JSON.stringify(pageOf(userId, query));
  pages.delete(key);
  pages.set(key, { version, body });
  if (pages.size > CACHED_PAGES) pages.delete(pages.keys().next().value!);
  return body;
}

/** A page of the caller's stories: unfiltered pages come from the version-keyed cache, already serialized. */
export function storyPageJson(userId: string, query: StoryListParams): string {
  if (query.q || query.theme || query.status) return JSON.stringify(pageOf(userId, query));
  return cachedPageBody(userId, query);
}

/** One of the caller's stories for its editor, or undefined when it is not theirs (the page answers 404). */
export function findStoryFor(userId: string, id: string): StoryDto | undefined {
  return getStoryById({ userId, id });
}

export function getStoryTitlesFor(userId: string, ids: string[]): Record<string, string> {
  return getStoryTitles({ userId, ids });
}
