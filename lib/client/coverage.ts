import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CoverageDto } from '@/lib/api/coverage';
import { apiFetch } from './fetch';

export const coverageQuery = () => queryOptions({ queryKey: ['coverage'], queryFn: () => apiFetch<CoverageDto>('/api/v1/coverage'), staleTime: 0 });

export function useLoadDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<{ loaded: true }>('/api/v1/demo', { method: 'POST' }),
    // The demo touches every collection.
    onSuccess: () => client.invalidateQueries(),
  });
}
