import { otherMethods, route } from '@/lib/api/route';
import { mockInterviewFor } from '@/lib/server/rehearsal';
import { mockSchema } from '@/lib/validation/rehearsal';

export const POST = route({ body: mockSchema }, ({ userId, body }) => mockInterviewFor(userId, body, new Date()));

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
