import { createUser, emailTaken } from '@/db/queries/users';
import { AppError } from '@/lib/api/errors';
import { json, route, otherMethods } from '@/lib/api/route';
import { hashPassword } from '@/lib/auth/password';
import { signUpSchema } from '@/lib/validation/user';

const taken = () =>
  new AppError('conflict', 'An account with this email already exists.', {
    email: ['An account with this email already exists. Sign in instead.'],
  });

export const POST = route({ auth: false, body: signUpSchema }, async ({ body }) => {
  if (emailTaken({ email: body.email })) throw taken();
  const user = createUser({ email: body.email, name: body.name, passwordHash: await hashPassword(body.password) });
  if (!user) throw taken();
  return json({ id: user.id, email: user.email, name: user.name }, 201);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
