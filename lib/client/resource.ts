import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './fetch';

/**
 * Query options and mutation hooks for one REST collection. Mutations invalidate with
 * the factory's own keys, never a hand-typed array.
 */
export function resourceClient<Item extends { id: string }, Create, Patch = Partial<Create>>(
  name: string,
  base: string,
  /** Collections whose answers embed this one's rows (e.g. case studies embed metrics). */
  related: readonly string[] = [],
) {
  const invalidateAll = (client: ReturnType<typeof useQueryClient>) =>
    Promise.all([name, ...related].map((key) => client.invalidateQueries({ queryKey: [key] })));
  const keys = {
    all: [name] as const,
    list: (params: Record<string, string | undefined> = {}) => [name, 'list', params] as const,
    detail: (id: string) => [name, 'detail', id] as const,
  };

  const listQuery = (params: Record<string, string | undefined> = {}) =>
    queryOptions({
      queryKey: keys.list(params),
      queryFn: () => {
        const qs = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
        return apiFetch<{ items: Item[] }>(qs ? `${base}?${qs}` : base).then((r) => r.items);
      },
      placeholderData: (previous) => previous,
    });

  const detailQuery = (id: string) => queryOptions({ queryKey: keys.detail(id), queryFn: () => apiFetch<Item>(`${base}/${id}`) });

  function useSave() {
    const client = useQueryClient();
    return useMutation({
      mutationFn: ({ id, values }: { id?: string; values: Create | Patch }) =>
        id ? apiFetch<Item>(`${base}/${id}`, { method: 'PATCH', json: values }) : apiFetch<Item>(base, { method: 'POST', json: values }),
      onSuccess: (item) => {
        client.setQueryData(keys.detail(item.id), item);
        return invalidateAll(client);
      },
    });
  }

  function useRemove() {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (id: string) => apiFetch<void>(`${base}/${id}`, { method: 'DELETE' }),
      onSuccess: (_v, id) => {
        client.removeQueries({ queryKey: keys.detail(id) });
        return invalidateAll(client);
      },
    });
  }

  return { keys, listQuery, detailQuery, useSave, useRemove };
}

// `any` for the write shapes: generic screens pass form values through, the server validates them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyResourceClient<Item extends { id: string }> = ReturnType<typeof resourceClient<Item, any, any>>;
