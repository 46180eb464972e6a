import { useMutation } from '@tanstack/react-query';
import { apiFetch } from './fetch';

export type ImportResult = { imported: true; stories: number; metrics: number; rehearsals: number; recordings: number };

/** Uploads an export as it is: no second copy in memory, and the server checks it whole. */
export function useImportWorkspace() {
  return useMutation({
    mutationFn: ({ file, replace }: { file: File; replace: boolean }) =>
      apiFetch<ImportResult>(`/api/v1/import${replace ? '?replace=true' : ''}`, {
        method: 'POST',
        body: file,
        // A .zip carries recordings; a .json export is the workspace alone. The server checks either whole.
        headers: { 'content-type': /\.zip$/i.test(file.name) || file.type.includes('zip') ? 'application/zip' : 'application/json' },
      }),
  });
}
