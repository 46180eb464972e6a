import { getFundamentalsByUser, putFundamentals } from '@/db/queries/fundamentals';
import { route } from '@/lib/api/route';
import { fundamentalsSchema } from '@/lib/validation/evidence';

export const GET = route({}, ({ userId }) => getFundamentalsByUser({ userId }));

export const PUT = route({ body: fundamentalsSchema }, ({ userId, body }) => putFundamentals({ userId, profile: body }));
