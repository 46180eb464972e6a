import { otherMethods, route } from '@/lib/api/route';
import { drawFor } from '@/lib/server/rehearsal';
import { drawSchema } from '@/lib/validation/rehearsal';

export const POST = route({ body: drawSchema }, ({ userId, body }) => drawFor(userId, body, new Date()));

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
