import { mockInterviewFor } from '@/lib/api/rehearsal';
import { route } from '@/lib/api/route';

export const POST = route({}, ({ userId }) => mockInterviewFor(userId, new Date()));
