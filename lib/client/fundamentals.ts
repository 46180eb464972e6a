import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FundamentalsProfile } from '@/db/queries/fundamentals';
import type { FundamentalsInput } from '@/lib/validation/evidence';
import { apiFetch } from './fetch';

const base = '/api/v1/fundamentals';

export const fundamentalsQuery = () => queryOptions({ queryKey: ['fundamentals'], queryFn: () => apiFetch<FundamentalsProfile>(base) });

export function useSaveFundamentals() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (profile: FundamentalsInput) => apiFetch<FundamentalsProfile>(base, { method: 'PUT', json: profile }),
    onSuccess: (saved) => client.setQueryData(fundamentalsQuery().queryKey, saved),
  });
}
