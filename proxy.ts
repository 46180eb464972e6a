import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIES } from '@/lib/auth/cookie-names';
import { contentSecurityPolicy, PUBLIC_PATHS } from '@/lib/security-headers';


/**
 * Adds the nonce CSP to every page and API response and sends signed-out visitors of
 * app pages to /login. Only a convenience: every page and handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith('/api/');
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));

  const isFile = /\.[a-z0-9]+$/i.test(pathname);
  if (!isApi && !isFile && !signedIn && !PUBLIC_PATHS.includes(pathname)) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', pathname + search);
    return withHeaders(NextResponse.redirect(login), contentSecurityPolicy(nonce()));
  }

  const value = nonce();
  const csp = contentSecurityPolicy(value, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', value);
  requestHeaders.set('content-security-policy', csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

function nonce(): string {
  return Buffer.from(crypto.randomUUID()).toString('base64');
}

function withHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set('content-security-policy', csp);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
};
