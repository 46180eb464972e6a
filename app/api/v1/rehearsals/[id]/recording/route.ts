import { json, otherMethods, route } from '@/lib/api/route';
import { deleteRecordingFor, putRecordingFor, serveRecording } from '@/lib/server/recordings';
import { idParamsSchema } from '@/lib/validation/common';

/** The audio goes in as the raw body (Content-Type audio/…), with the browser's analysis in ?analysis= or a header. */
export const PUT = route({ params: idParamsSchema }, async ({ userId, params, request }) =>
  json(await putRecordingFor(userId, params.id, request), 201),
);

export const GET = route({ params: idParamsSchema }, ({ userId, params, request }) =>
  serveRecording(userId, params.id, request.headers.get('range')),
);

export const DELETE = route({ params: idParamsSchema }, ({ userId, params }) => deleteRecordingFor(userId, params.id));

export const { POST, PATCH } = otherMethods('GET', 'PUT', 'DELETE');
