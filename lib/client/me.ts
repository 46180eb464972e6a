import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublicUser } from '@/db/queries/users';
import type { ProfileInput } from '@/lib/validation/user';
import { apiFetch } from './fetch';

export const meQuery = () => queryOptions({ queryKey: ['me'], queryFn: () => apiFetch<PublicUser>('/api/v1/me') });

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileInput) => apiFetch<PublicUser>('/api/v1/me', { method: 'PATCH', json: changes }),
    onSuccess: (me) => client.setQueryData(meQuery().queryKey, me),
  });
}
