import { suggestionsFor } from '@/lib/server/rehearsal';
import { route, otherMethods } from '@/lib/api/route';
import { matchQuerySchema } from '@/lib/validation/rehearsal';

export const GET = route({ query: matchQuerySchema }, ({ userId, query }) => suggestionsFor(userId, query.q, []));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
