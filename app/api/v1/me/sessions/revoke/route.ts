import { deleteSessionsByUser } from '@/db/queries/sessions';
import { otherMethods, route } from '@/lib/api/route';
import { signedOutResponse } from '@/lib/auth/session';

/** "Sign out everywhere": ends every session of the account, this one included. */
export const POST = route({}, ({ userId }) => {
  deleteSessionsByUser({ userId });
  return signedOutResponse();
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
