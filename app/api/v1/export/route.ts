import { z } from 'zod';
import { otherMethods, route } from '@/lib/api/route';
import { exportArchiveFor, exportWorkspaceFor } from '@/lib/server/workspace';

const exportQuerySchema = z.strictObject({ format: z.enum(['zip', 'json'], { error: 'format is zip or json.' }).optional() });

/** The workspace as a .zip with its recordings (the default), or as JSON alone (`?format=json`, no recordings). */
export const GET = route({ query: exportQuerySchema }, ({ userId, query }) => {
  if (query.format === 'json') {
    const data = exportWorkspaceFor(userId);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json',
        'content-disposition': `attachment; filename="starboard-${data.exportedAt.slice(0, 10)}.json"`,
        'cache-control': 'no-store',
      },
    });
  }
  const { bytes, exportedAt } = exportArchiveFor(userId);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="starboard-${exportedAt.slice(0, 10)}.zip"`,
      'cache-control': 'no-store',
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
