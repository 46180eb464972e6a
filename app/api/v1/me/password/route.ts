import { clientAddressOf } from '@/lib/api/origin';
import { otherMethods, route } from '@/lib/api/route';
import { changePassword } from '@/lib/auth/account';
import { passwordChangeSchema } from '@/lib/validation/user';

/** Changes the password; every other session ends, this one stays signed in. */
export const POST = route({ body: passwordChangeSchema }, async ({ request, userId, sessionId, body }) => {
  await changePassword({ userId, sessionId }, body, clientAddressOf(request));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
