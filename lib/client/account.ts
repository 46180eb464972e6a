import { useMutation } from '@tanstack/react-query';
import type { AccountDeleteInput, PasswordChangeInput } from '@/lib/validation/user';
import { apiFetch } from './fetch';

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
