import 'server-only';
import { exportWorkspace, importWorkspace, isWorkspaceEmpty, seedDemoWorkspace, WorkspaceNotEmptyError } from '@/db/queries/workspace';
import { AppError } from '@/lib/errors';
import type { WorkspaceExport } from '@/lib/validation/workspace';

export function exportWorkspaceFor(userId: string): WorkspaceExport {
  return exportWorkspace({ userId });
}

/** Fills an empty account with the demo workspace; never touches an account that has data. */
export function loadDemoFor(userId: string): void {
  if (!isWorkspaceEmpty({ userId })) {
    throw new AppError('conflict', 'The demo workspace only loads into an empty account, so nothing of yours is mixed with it.');
  }
  seedDemoWorkspace({ userId });
}

const notEmpty = () => new AppError('conflict', 'This account already has data. Import with ?replace=true to swap it for the file.');

/**
 * Restores an export. Into an empty account by default; `replace` swaps the current workspace
 * for the file in one hand-over, so a bad file changes nothing.
 */
export async function importWorkspaceFor(userId: string, data: WorkspaceExport, replace: boolean): Promise<void> {
  if (!replace && !isWorkspaceEmpty({ userId })) throw notEmpty();
  try {
    await importWorkspace({ userId, data, replace });
  } catch (error) {
    if (error instanceof WorkspaceNotEmptyError) throw notEmpty();
    throw error;
  }
}

// A 64 MB import holds the file several times over while it is parsed and checked. One import
// per user and two per server at a time keep a burst of them from exhausting memory.
const running = new Set<string>();
const MAX_RUNNING_IMPORTS = 2;

/** Claims an import slot for the user, or refuses with 429; call the returned release when done. */
export function claimImportSlot(userId: string): () => void {
  if (running.has(userId)) {
    throw new AppError('rate_limited', 'An import into this account is already running. Wait for it to finish.', undefined, {
      'retry-after': '10',
    });
  }
  if (running.size >= MAX_RUNNING_IMPORTS) {
    throw new AppError('rate_limited', 'Other imports are running. Try again in a minute.', undefined, { 'retry-after': '30' });
  }
  running.add(userId);
  return () => running.delete(userId);
}
