import { importWorkspace, isWorkspaceEmpty, WorkspaceNotEmptyError } from '@/db/queries/workspace';
import { AppError } from '@/lib/api/errors';
import { json, otherMethods, route } from '@/lib/api/route';
import { importQuerySchema, MAX_IMPORT_BYTES, workspaceSchema } from '@/lib/validation/workspace';

const notEmpty = () => new AppError('conflict', 'This account already has data. Import with ?replace=true to swap it for the file.');

/**
 * Restores an export. Into an empty account by default; `?replace=true` swaps the current
 * workspace for the file in one hand-over, so a bad file changes nothing.
 */
export const POST = route(
  { body: workspaceSchema, query: importQuerySchema, maxBytes: MAX_IMPORT_BYTES },
  async ({ userId, body, query }) => {
    const replace = query.replace === 'true';
    if (!replace && !isWorkspaceEmpty({ userId })) throw notEmpty();
    try {
      await importWorkspace({ userId, data: body, replace });
    } catch (error) {
      if (error instanceof WorkspaceNotEmptyError) throw notEmpty();
      throw error;
    }
    return json({ imported: true, stories: body.stories.length, metrics: body.metrics.length, rehearsals: body.rehearsals.length }, 201);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
