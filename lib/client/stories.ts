import { queryOptions } from '@tanstack/react-query';
import type { ThemeId } from '@/lib/guide';
import type { StoryCreateInput, StoryDto, StoryPageDto, StoryPatch } from '@/lib/validation/story';
import { apiFetch } from './fetch';
import { resourceClient } from './resource';

export const storiesClient = resourceClient<StoryDto, StoryCreateInput, StoryPatch>('stories', '/api/v1/stories', ['metrics']);

export type StoryFilters = { q?: string; theme?: ThemeId; status?: 'ready' | 'draft'; limit?: number };

/** A page of story summaries (no STAR text) with the total that matches. */
export const storiesPageQuery = (filters: StoryFilters = {}) =>
  queryOptions({
    queryKey: [...storiesClient.keys.all, 'page', filters],
    queryFn: () => {
      const params = new URLSearchParams(
        Object.entries(filters)
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([k, v]) => [k, String(v)]),
      );
      return apiFetch<StoryPageDto>(`/api/v1/stories?${params}`);
    },
    placeholderData: (previous) => previous,
  });

/** Titles for pickers and labels: the 200 most recently changed stories. */
export const storyTitlesQuery = () => ({ ...storiesPageQuery({ limit: 200 }), select: (page: StoryPageDto) => page.items });
