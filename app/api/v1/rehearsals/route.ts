import { listRehearsals } from '@/db/queries/rehearsals';
import { logRehearsalFor } from '@/lib/api/rehearsal';
import { json, route, otherMethods } from '@/lib/api/route';
import { rehearsalLogSchema } from '@/lib/validation/rehearsal';

export const GET = route({}, ({ userId }) => ({ items: listRehearsals({ userId }) }));

export const POST = route({ body: rehearsalLogSchema }, ({ userId, body }) => json(logRehearsalFor(userId, body, new Date()), 201));

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
