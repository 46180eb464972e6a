import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { StoryListQuery, StoryCreateInput, StoryDto, StoryPatch } from '@/lib/validation/story';
import { apiFetch } from './fetch';

const base = '/api/v1/stories';

export const storyKeys = {
  all: ['stories'] as const,
  list: (filters: StoryListQuery) => [...storyKeys.all, 'list', filters] as const,
  detail: (id: string) => [...storyKeys.all, 'detail', id] as const,
};

export const storiesQuery = (filters: StoryListQuery = {}) =>
  queryOptions({
    queryKey: storyKeys.list(filters),
    queryFn: () => {
      const params = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));
      const qs = params.toString();
      return apiFetch<{ items: StoryDto[] }>(qs ? `${base}?${qs}` : base).then((r) => r.items);
    },
    placeholderData: (previous) => previous,
  });

export const storyQuery = (id: string) =>
  queryOptions({ queryKey: storyKeys.detail(id), queryFn: () => apiFetch<StoryDto>(`${base}/${id}`) });

export function useSaveStory(id?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (values: StoryCreateInput | StoryPatch) =>
      id
        ? apiFetch<StoryDto>(`${base}/${id}`, { method: 'PATCH', json: values })
        : apiFetch<StoryDto>(base, { method: 'POST', json: values }),
    onSuccess: (story) => {
      client.setQueryData(storyKeys.detail(story.id), story);
      return client.invalidateQueries({ queryKey: storyKeys.all, refetchType: 'none' });
    },
  });
}

export function useDeleteStory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`${base}/${id}`, { method: 'DELETE' }),
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: storyKeys.detail(id) });
      return client.invalidateQueries({ queryKey: storyKeys.all });
    },
  });
}
