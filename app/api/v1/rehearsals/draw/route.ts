import { drawFor } from '@/lib/server/rehearsal';
import { route, otherMethods } from '@/lib/api/route';
import { drawSchema } from '@/lib/validation/rehearsal';

export const POST = route({ body: drawSchema }, ({ userId, body }) => drawFor(userId, body.theme, new Date()));

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
