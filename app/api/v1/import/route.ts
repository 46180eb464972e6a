import { parseWith, readBodyBytes, readJsonBody } from '@/lib/api/request';
import { json, otherMethods, route } from '@/lib/api/route';
import { claimImportSlot, importWorkspaceFor, maxArchiveBytes, readArchive } from '@/lib/server/workspace';
import { importQuerySchema, MAX_IMPORT_BYTES, workspaceSchema } from '@/lib/validation/workspace';

const isJson = (type: string) => /^application\/(.+\+)?json\b/i.test(type);

/**
 * Restores an export: a .zip with recordings, or the JSON alone (up to MAX_IMPORT_BYTES). The slot
 * is claimed before the body is read, so refused imports never buffer their file.
 */
export const POST = route({ query: importQuerySchema }, async ({ request, userId, query }) => {
  const release = claimImportSlot(userId);
  try {
    const type = request.headers.get('content-type') ?? '';
    const { data, audio } =
      !type || isJson(type)
        ? {
            data: parseWith(workspaceSchema, await readJsonBody(request, MAX_IMPORT_BYTES), 'request body'),
            audio: new Map<string, Buffer>(),
          }
        : readArchive(await readBodyBytes(request, maxArchiveBytes()));
    await importWorkspaceFor(userId, data, query.replace === 'true', audio);
    return json(
      {
        imported: true,
        stories: data.stories.length,
        metrics: data.metrics.length,
        rehearsals: data.rehearsals.length,
        recordings: audio.size,
      },
      201,
    );
  } finally {
    release();
  }
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
