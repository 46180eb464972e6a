import { getUserById, updateUserProfile } from '@/db/queries/users';
import { notFound } from '@/lib/api/errors';
import { route, otherMethods } from '@/lib/api/route';
import { profileSchema } from '@/lib/validation/user';

export const GET = route({}, ({ userId }) => {
  const me = getUserById({ id: userId });
  if (!me) throw notFound('account');
  return me;
});

export const PATCH = route({ body: profileSchema }, ({ userId, body }) => {
  const me = updateUserProfile({ userId, changes: body });
  if (!me) throw notFound('account');
  return me;
});

export const { POST, PUT, DELETE } = otherMethods('GET', 'PATCH');
