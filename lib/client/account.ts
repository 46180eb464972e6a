import { useMutation } from '@tanstack/react-query';
import type { AccountDeleteInput, PasswordChangeInput, SignUpInput, UserDto } from '@/lib/validation/user';
import { apiFetch } from './fetch';

/** Creates an account. A plain call, not a hook: the sign-up page ships without react-query. */
export function signUp(input: SignUpInput) {
  return apiFetch<Pick<UserDto, 'id' | 'email' | 'name'>>('/api/v1/users', { method: 'POST', json: input });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: PasswordChangeInput) => apiFetch<void>('/api/v1/me/password', { method: 'POST', json: input }),
  });
}

/** Ends every session of the account, this browser's included. */
export function useSignOutEverywhere() {
  return useMutation({ mutationFn: () => apiFetch<void>('/api/v1/me/sessions/revoke', { method: 'POST' }) });
}

export function useDeleteAccount() {
  return useMutation({
    mutationFn: (input: AccountDeleteInput) => apiFetch<void>('/api/v1/me', { method: 'DELETE', json: input }),
  });
}
