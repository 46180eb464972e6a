import { route, otherMethods } from '@/lib/api/route';
import { understandFor } from '@/lib/server/question-match';
import { matchQuerySchema } from '@/lib/validation/rehearsal';

/** What a question asks for, without touching stories: the prompt form uses it to pre-fill themes. */
export const GET = route({ query: matchQuerySchema }, ({ query }) => ({ question: understandFor(query.q) }));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
