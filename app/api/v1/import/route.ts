import { importWorkspace, isWorkspaceEmpty } from '@/db/queries/workspace';
import { AppError } from '@/lib/api/errors';
import { json, route, otherMethods } from '@/lib/api/route';
import { importQuerySchema, workspaceSchema } from '@/lib/validation/workspace';

/**
 * Restores an export. Into an empty account by default; `?replace=true` swaps the current
 * workspace for the file in the same transaction, so a bad file changes nothing.
 */
export const POST = route(
  { body: workspaceSchema, query: importQuerySchema, maxBytes: 20 * 1024 * 1024 },
  ({ userId, body, query }) => {
    const replace = query.replace === 'true';
    if (!replace && !isWorkspaceEmpty({ userId })) {
      throw new AppError('conflict', 'This account already has data. Import with ?replace=true to swap it for the file.');
    }
    importWorkspace({ userId, data: body, replace });
    return json({ imported: true, stories: body.stories.length, metrics: body.metrics.length, rehearsals: body.rehearsals.length }, 201);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
