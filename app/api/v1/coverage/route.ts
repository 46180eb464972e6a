import { route } from '@/lib/api/route';
import { coverageForUser } from '@/lib/api/coverage';

export const GET = route({}, ({ userId }) => coverageForUser(userId));
