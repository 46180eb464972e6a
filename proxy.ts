import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIES } from '@/lib/auth/cookie-names';
import { contentSecurityPolicy, PUBLIC_PATHS } from '@/lib/security-headers';

/**
 * Adds the nonce CSP to every page and sends signed-out visitors of app pages to /login. Only a
 * convenience: every page and handler checks the session itself. API routes are not matched:
 * they need no nonce (next.config.mjs gives them fixed headers), and skipping the proxy keeps
 * large import bodies from being buffered and cut here.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));

  const isFile = /\.[a-z0-9]+$/i.test(pathname);
  if (!isFile && !signedIn && !PUBLIC_PATHS.includes(pathname)) {
    // request.url names localhost under `next start`, whatever the browser used; Next turns a
    // redirect to the request's own host into a relative Location, so the browser stays put.
    const login = new URL('/login', request.url);
    login.searchParams.set('next', pathname + search);
    return withHeaders(NextResponse.redirect(login), contentSecurityPolicy(nonce()));
  }

  const value = nonce();
  const csp = contentSecurityPolicy(value, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', value);
  requestHeaders.set('content-security-policy', csp);
  // `/` is the dashboard (under the signed-in layout); a visitor without a session sees the
  // welcome page at the same address.
  if (pathname === '/' && !signedIn) {
    return withHeaders(NextResponse.rewrite(new URL('/welcome', request.url), { request: { headers: requestHeaders } }), csp);
  }
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

function nonce(): string {
  return Buffer.from(crypto.randomUUID()).toString('base64');
}

function withHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image).*)'],
};
