import { mockInterviewFor } from '@/lib/server/rehearsal';
import { route, otherMethods } from '@/lib/api/route';

export const POST = route({}, ({ userId }) => mockInterviewFor(userId, new Date()));

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
