import { clientAddressOf } from '@/lib/api/origin';
import { json, otherMethods, route } from '@/lib/api/route';
import { signUp } from '@/lib/auth/account';
import { signUpSchema } from '@/lib/validation/user';

export const POST = route({ auth: false, body: signUpSchema }, async ({ request, body }) =>
  json(await signUp(body, clientAddressOf(request)), 201),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
