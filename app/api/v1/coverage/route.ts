import { route, otherMethods } from '@/lib/api/route';
import { coverageForUser } from '@/lib/api/coverage';

export const GET = route({}, ({ userId }) => coverageForUser(userId));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
