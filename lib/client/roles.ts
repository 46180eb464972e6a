import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { InterviewDto, InterviewInput, InterviewPatch, RoleBriefDto, RoleDto, RoleInput } from '@/lib/validation/role';
import { apiFetch } from './fetch';
import { resourceClient } from './resource';

export const rolesClient = resourceClient<RoleDto, RoleInput>('roles', '/api/v1/roles');

const keys = {
  interviews: (roleId: string) => ['roles', 'interviews', roleId] as const,
  brief: (roleId: string) => ['roles', 'brief', roleId] as const,
};

export const interviewsQuery = (roleId: string) =>
  queryOptions({
    queryKey: keys.interviews(roleId),
    queryFn: () => apiFetch<{ items: InterviewDto[] }>(`/api/v1/roles/${roleId}/interviews`).then((r) => r.items),
  });

export const briefQuery = (roleId: string) =>
  queryOptions({ queryKey: keys.brief(roleId), queryFn: () => apiFetch<RoleBriefDto>(`/api/v1/roles/${roleId}/brief`) });

/** Adds or edits an interview (and its debrief); the role's brief changes with it. */
export function useSaveInterview(roleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, values }: { id?: string; values: InterviewInput | InterviewPatch }) =>
      id
        ? apiFetch<InterviewDto>(`/api/v1/roles/${roleId}/interviews/${id}`, { method: 'PATCH', json: values })
        : apiFetch<InterviewDto>(`/api/v1/roles/${roleId}/interviews`, { method: 'POST', json: values }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['roles'] }),
  });
}

export function useDeleteInterview(roleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/roles/${roleId}/interviews/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['roles'] }),
  });
}
