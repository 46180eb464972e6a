import { statsFor } from '@/lib/server/rehearsal';
import { route, otherMethods } from '@/lib/api/route';

export const GET = route({}, ({ userId }) => statsFor(userId, new Date()));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
