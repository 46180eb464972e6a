import { otherMethods, route } from '@/lib/api/route';
import { exportWorkspaceFor } from '@/lib/server/workspace';

export const GET = route({}, ({ userId }) => {
  const data = exportWorkspaceFor(userId);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json',
      'content-disposition': `attachment; filename="starboard-${data.exportedAt.slice(0, 10)}.json"`,
      'cache-control': 'no-store',
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
