import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { resolveAuthSecret } from '@/lib/config';
import { createSession, deleteSessionById, isSessionActive } from '@/db/queries/sessions';
import { verifyCredentials } from './credentials';
import { SESSION_MAX_AGE_SECONDS } from './session';

class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}

function oneLine(error: Error): string {
  // Auth.js error classes are minified in the build; `type` keeps the readable name.
  const type = (error as { type?: string }).type ?? error.name;
  const cause = (error as { cause?: { err?: Error } }).cause?.err;
  return [type, error.message.split('\n')[0], cause ? `(${cause.name}: ${cause.message})` : ''].filter(Boolean).join(' ');
}

// A function config so the secret is resolved at request time, not while `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: resolveAuthSecret(),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
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
    // Each sign-in gets a session row whose id rides in the JWT; a token whose row is gone
    // (signed out, revoked, password changed, account deleted) is refused, clearing the cookie.
    jwt({ token, user }) {
      if (user?.id) return { ...token, sid: createSession({ userId: user.id, maxAgeMs: SESSION_MAX_AGE_SECONDS * 1000 }) };
      const { sub, sid } = token;
      if (typeof sub !== 'string' || typeof sid !== 'string' || !isSessionActive({ userId: sub, sessionId: sid })) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // Sign-out ends this session on the server too, so a copy of the cookie stops working.
    signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (typeof token?.sub === 'string' && typeof token.sid === 'string') {
        deleteSessionById({ userId: token.sub, sessionId: token.sid });
      }
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
