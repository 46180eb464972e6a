import { json, otherMethods, route } from '@/lib/api/route';
import { listRehearsalsFor, logRehearsalFor } from '@/lib/server/rehearsal';
import { rehearsalLogSchema } from '@/lib/validation/rehearsal';

export const GET = route({}, ({ userId }) => ({ items: listRehearsalsFor(userId) }));

export const POST = route({ body: rehearsalLogSchema }, ({ userId, body }) => json(logRehearsalFor(userId, body, new Date()), 201));

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
