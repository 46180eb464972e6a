import { promptRoutes, promptsFor } from '@/lib/api/rehearsal';
import { route, otherMethods } from '@/lib/api/route';

export const GET = route({}, ({ userId }) => ({ items: promptsFor(userId) }));
export const POST = promptRoutes.create;

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
