import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { isSignInThrottled, SIGN_IN_WINDOW_MS } from '@/lib/auth/credentials';
import { problemResponse } from '@/lib/api/problem';

export const GET = handlers.GET;

/** Throttled emails get a real 429 here before Auth.js sees the request. */
export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith('/callback/credentials')) {
    const email = await request
      .clone()
      .formData()
      .then((form) => form.get('email'))
      .catch(() => null);
    if (email !== null && isSignInThrottled(email)) {
      return problemResponse(429, 'Too many failed sign-ins for this email. Try again in 15 minutes.', undefined, {
        'retry-after': String(SIGN_IN_WINDOW_MS / 1000),
      });
    }
  }
  return handlers.POST(request);
}
