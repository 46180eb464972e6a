import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FundamentalsDto } from '@/lib/validation/fundamentals';
import type { FundamentalsInput } from '@/lib/validation/fundamentals';
import { apiFetch } from './fetch';

const base = '/api/v1/fundamentals';

export const fundamentalsQuery = () => queryOptions({ queryKey: ['fundamentals'], queryFn: () => apiFetch<FundamentalsDto>(base) });

export function useSaveFundamentals() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (profile: FundamentalsInput) => apiFetch<FundamentalsDto>(base, { method: 'PUT', json: profile }),
    onSuccess: (saved) => client.setQueryData(fundamentalsQuery().queryKey, saved),
  });
}
