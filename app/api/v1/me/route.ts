import { clientAddressOf } from '@/lib/api/origin';
import { otherMethods, route } from '@/lib/api/route';
import { deleteAccount } from '@/lib/auth/account';
import { getProfileFor, updateProfileFor } from '@/lib/server/account';
import { signedOutResponse } from '@/lib/auth/session';
import { accountDeleteSchema, profileSchema } from '@/lib/validation/user';

export const GET = route({}, ({ userId }) => getProfileFor(userId));

export const PATCH = route({ body: profileSchema }, ({ userId, body }) => updateProfileFor(userId, body));

/** Deletes the account and all its data; `{password}` confirms it. */
export const DELETE = route({ body: accountDeleteSchema }, async ({ request, userId, body }) => {
  await deleteAccount(userId, body.password, clientAddressOf(request));
  return signedOutResponse();
});

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
