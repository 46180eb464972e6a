import { NextRequest } from 'next/server';
import { publicOriginUrl } from '@/lib/api/origin';
import { problemResponse } from '@/lib/api/problem';
import { readBodyText } from '@/lib/api/request';
import { errorResponse } from '@/lib/api/route';
import { handlers } from '@/lib/auth/auth';
import { isSignInThrottled, SIGN_IN_WINDOW_MS } from '@/lib/auth/credentials';

/** Sign-in, sign-out and CSRF forms are a few hundred bytes; nothing bigger is read. */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

/**
 * Auth.js derives cookie names (`__Secure-` over https), redirects and its CSRF origin from the
 * request URL, which `next start` always builds as http://localhost. Hand it the URL the
 * browser actually used instead (see publicOriginOf). A Host that is no valid URL keeps the
 * original request rather than failing.
 */
function withPublicUrl(request: NextRequest, body?: string): NextRequest {
  const { href, origin } = request.nextUrl;
  let url = href;
  try {
    url = new URL(publicOriginUrl(request) + href.slice(origin.length)).href;
  } catch {
    // Keep request.url: Auth.js then answers as it would without a proxy.
  }
  if (url === href && body === undefined) return request;
  return new NextRequest(url, { method: request.method, headers: request.headers, body });
}

export function GET(request: NextRequest): Promise<Response> {
  return handlers.GET(withPublicUrl(request));
}

/** Throttled emails get a real 429 here before Auth.js sees the request. */
export async function POST(request: NextRequest): Promise<Response> {
  let body: string;
  try {
    // Read once, within a small limit, so no oversized form is ever buffered.
    body = await readBodyText(request, MAX_AUTH_BODY_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  if (request.nextUrl.pathname.endsWith('/callback/credentials')) {
    const email = new URLSearchParams(body).get('email');
    if (email !== null && isSignInThrottled(email)) {
      return problemResponse(429, 'Too many failed sign-ins for this email. Try again in 15 minutes.', undefined, {
        'retry-after': String(SIGN_IN_WINDOW_MS / 1000),
      });
    }
  }
  return handlers.POST(withPublicUrl(request, body));
}
