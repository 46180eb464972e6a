import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { resolveAuthSecret } from '@/lib/config';
import { verifyCredentials } from './credentials';

class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}

function oneLine(error: Error): string {
  // Auth.js error classes are minified in the build; `type` keeps the readable name.
  const type = (error as { type?: string }).type ?? error.name;
  const cause = (error as { cause?: { err?: Error } }).cause?.err;
  return [type, error.message.split('\n')[0], cause ? `(${cause.name}: ${cause.message})` : '']
    .filter(Boolean)
    .join(' ');
}

// A function config so the secret is resolved at request time, not while `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: resolveAuthSecret(),
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials) {
        const result = await verifyCredentials(credentials);
        if (result.ok) return result.user;
        if (result.reason === 'throttled') throw new ThrottledSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  logger: {
    // Auth.js logs a full stack for every wrong password; one line is enough.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === 'CredentialsSignin') {
        console.warn(`[auth] sign-in refused (${(error as CredentialsSignin).code ?? 'credentials'})`);
      } else {
        console.error(`[auth] ${oneLine(error)}`);
      }
    },
    warn(code) {
      console.warn(`[auth] warning: ${code}`);
    },
    debug() {},
  },
}));
