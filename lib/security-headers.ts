/** The page CSP: scripts only from this origin or carrying this request's nonce. */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React sets style attributes (progress bars, meters); those need inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    // Rehearsal recordings: played from the API, or from the blob just recorded.
    "media-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Pages a signed-out visitor may see; everything else under the app redirects to /login. */
export const PUBLIC_PATHS = ['/', '/welcome', '/login', '/signup'];
