import { otherMethods, route } from '@/lib/api/route';
import { signedOutResponse } from '@/lib/auth/session';
import { endAllSessionsFor } from '@/lib/server/account';

/** "Sign out everywhere": ends every session of the account, this one included. */
export const POST = route({}, ({ userId }) => {
  endAllSessionsFor(userId);
  return signedOutResponse();
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
