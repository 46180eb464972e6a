import { promptRoutes, promptsFor } from '@/lib/api/rehearsal';
import { route } from '@/lib/api/route';

export const GET = route({}, ({ userId }) => ({ items: promptsFor(userId) }));
export const POST = promptRoutes.create;
