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
