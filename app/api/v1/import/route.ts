import { parseWith, readJsonBody } from '@/lib/api/request';
import { json, otherMethods, route } from '@/lib/api/route';
import { claimImportSlot, importWorkspaceFor } from '@/lib/server/workspace';
import { importQuerySchema, MAX_IMPORT_BYTES, workspaceSchema } from '@/lib/validation/workspace';

/**
 * Restores an export (see importWorkspaceFor); up to MAX_IMPORT_BYTES. The slot is claimed before
 * the body is read, so refused imports never buffer their file.
 */
export const POST = route({ query: importQuerySchema }, async ({ request, userId, query }) => {
  const release = claimImportSlot(userId);
  try {
    const body = parseWith(workspaceSchema, await readJsonBody(request, MAX_IMPORT_BYTES), 'request body');
    await importWorkspaceFor(userId, body, query.replace === 'true');
    return json({ imported: true, stories: body.stories.length, metrics: body.metrics.length, rehearsals: body.rehearsals.length }, 201);
  } finally {
    release();
  }
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
