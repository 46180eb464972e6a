import { statsFor } from '@/lib/api/rehearsal';
import { route } from '@/lib/api/route';

export const GET = route({}, ({ userId }) => statsFor(userId, new Date()));
