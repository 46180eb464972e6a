'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn, signOut } from '@/lib/auth/auth';
import { safeNextPath } from '@/lib/auth/safe-next';
import { signInSchema } from '@/lib/validation/user';

export type SignInState = { error: string } | undefined;

export async function signInWithPassword(input: unknown, next?: string): Promise<SignInState> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { error: 'Enter your email and password.' };
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: safeNextPath(next) });
  } catch (error) {
    // signIn throws a redirect on success; only Auth.js failures are ours to report.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin && error.code === 'throttled') {
      return { error: 'Too many failed attempts for this email. Wait 15 minutes and try again.' };
    }
    return { error: 'That email and password do not match an account.' };
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
