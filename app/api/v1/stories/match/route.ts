import { route, otherMethods } from '@/lib/api/route';
import { matchQuestionFor } from '@/lib/server/question-match';
import { matchQuerySchema } from '@/lib/validation/rehearsal';

export const GET = route({ query: matchQuerySchema }, ({ userId, query }) => matchQuestionFor(userId, query.q));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
