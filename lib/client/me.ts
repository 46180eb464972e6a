import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserDto } from '@/lib/validation/user';
import type { ProfileInput } from '@/lib/validation/user';
import { apiFetch } from './fetch';

export const meQuery = () => queryOptions({ queryKey: ['me'], queryFn: () => apiFetch<UserDto>('/api/v1/me') });

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileInput) => apiFetch<UserDto>('/api/v1/me', { method: 'PATCH', json: changes }),
    onSuccess: (me) => client.setQueryData(meQuery().queryKey, me),
  });
}
