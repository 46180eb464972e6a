import { json, otherMethods, route } from '@/lib/api/route';
import { importWorkspaceFor } from '@/lib/server/workspace';
import { importQuerySchema, MAX_IMPORT_BYTES, workspaceSchema } from '@/lib/validation/workspace';

/** Restores an export (see importWorkspaceFor); up to MAX_IMPORT_BYTES. */
export const POST = route(
  { body: workspaceSchema, query: importQuerySchema, maxBytes: MAX_IMPORT_BYTES },
  async ({ userId, body, query }) => {
    await importWorkspaceFor(userId, body, query.replace === 'true');
    return json({ imported: true, stories: body.stories.length, metrics: body.metrics.length, rehearsals: body.rehearsals.length }, 201);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
