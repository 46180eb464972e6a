import { useMutation } from '@tanstack/react-query';
import { apiFetch } from './fetch';

export type ImportResult = { imported: true; stories: number; metrics: number; rehearsals: number };

/** Uploads an export as it is: no second copy in memory, and the server checks it whole. */
export function useImportWorkspace() {
  return useMutation({
    mutationFn: ({ file, replace }: { file: File; replace: boolean }) =>
      apiFetch<ImportResult>(`/api/v1/import${replace ? '?replace=true' : ''}`, {
        method: 'POST',
        body: file,
        headers: { 'content-type': 'application/json' },
      }),
  });
}
