import { getFundamentalsByUser, putFundamentals } from '@/db/queries/fundamentals';
import { route, otherMethods } from '@/lib/api/route';
import { fundamentalsSchema } from '@/lib/validation/evidence';

export const GET = route({}, ({ userId }) => getFundamentalsByUser({ userId }));

export const PUT = route({ body: fundamentalsSchema }, ({ userId, body }) => putFundamentals({ userId, profile: body }));

export const { POST, PATCH, DELETE } = otherMethods('GET', 'PUT');
