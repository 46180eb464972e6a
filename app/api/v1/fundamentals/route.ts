import { otherMethods, route } from '@/lib/api/route';
import { getFundamentalsFor, putFundamentalsFor } from '@/lib/server/fundamentals';
import { fundamentalsSchema } from '@/lib/validation/fundamentals';

export const GET = route({}, ({ userId }) => getFundamentalsFor(userId));

export const PUT = route({ body: fundamentalsSchema }, ({ userId, body }) => putFundamentalsFor(userId, body));

export const { POST, PATCH, DELETE } = otherMethods('GET', 'PUT');
