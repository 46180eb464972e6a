import type { SignUpInput, UserDto } from '@/lib/validation/user';
import { apiFetch } from './fetch';

/** Creates an account. A plain call in a module of its own: the sign-up page ships without react-query. */
export function signUp(input: SignUpInput) {
  return apiFetch<Pick<UserDto, 'id' | 'email' | 'name'>>('/api/v1/users', { method: 'POST', json: input });
}
