import { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { isSignInThrottled, SIGN_IN_WINDOW_MS } from '@/lib/auth/credentials';
import { publicOriginUrl } from '@/lib/api/origin';
import { problemResponse } from '@/lib/api/problem';

/**
 * Auth.js derives cookie names (`__Secure-` over https), redirects and its CSRF origin from the
 * request URL, which `next start` always builds as http://localhost. Hand it the URL the
 * browser actually used instead (see publicOriginOf).
 */
function withPublicUrl(request: NextRequest): NextRequest {
  const { href, origin } = request.nextUrl;
  const publicOrigin = publicOriginUrl(request);
  return publicOrigin === origin ? request : new NextRequest(publicOrigin + href.slice(origin.length), request);
}

export function GET(request: NextRequest): Promise<Response> {
  return handlers.GET(withPublicUrl(request));
}

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
  return handlers.POST(withPublicUrl(request));
}
