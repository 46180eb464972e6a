import { coverageJsonForUser } from '@/lib/server/coverage';
import { otherMethods, route } from '@/lib/api/route';

export const GET = route(
  {},
  ({ userId }) =>
    new Response(coverageJsonForUser(userId), { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } }),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
