import { isIPv6 } from 'node:net';
import { loadConfig } from '@/lib/config';

/** The first value of a comma-separated forwarding header, trimmed; null when absent or blank. */
function firstValue(header: string | null): string | null {
  const value = header?.split(',')[0]?.trim();
  return value ? value : null;
}

/**
 * The origin the browser used to reach the app, e.g. `https://starboard.example.com`.
 *
 * `request.url` cannot tell: `next start` always builds it as `http://localhost:PORT`. So, in
 * order: the configured APP_URL/AUTH_URL; the proxy's X-Forwarded-Host/-Proto when TRUST_PROXY
 * says a proxy sits in front; else the Host header. In the last case the scheme is unknown
 * (a TLS proxy may sit in front unannounced), so `scheme` is null.
 */
export function publicOriginOf(request: Request): { host: string; scheme: 'http' | 'https' | null } {
  const config = loadConfig();
  if (config.appOrigin) {
    const url = new URL(config.appOrigin);
    return { host: url.host, scheme: url.protocol === 'https:' ? 'https' : 'http' };
  }
  const headers = request.headers;
  if (config.trustProxy) {
    const host = firstValue(headers.get('x-forwarded-host'));
    const proto = firstValue(headers.get('x-forwarded-proto'))?.toLowerCase();
    if (host) return { host: host.toLowerCase(), scheme: proto === 'https' ? 'https' : 'http' };
  }
  const host = firstValue(headers.get('host')) ?? new URL(request.url).host;
  return { host: host.toLowerCase(), scheme: null };
}

/** The public origin as a URL string, for building absolute links; assumes http when unknown. */
export function publicOriginUrl(request: Request): string {
  const { host, scheme } = publicOriginOf(request);
  return `${scheme ?? 'http'}://${host}`;
}

/** True when `origin` (an Origin header value) is the app's own public origin. */
export function isOwnOrigin(request: Request, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const expected = publicOriginOf(request);
  if (url.host.toLowerCase() !== expected.host) return false;
  return expected.scheme === null || url.protocol === `${expected.scheme}:`;
}

/**
 * The caller's network address, for throttles. Behind a trusted proxy it is the last
 * X-Forwarded-For entry (the one that proxy appended); otherwise the socket address, which
 * `next start` writes into X-Forwarded-For after scripts/forwarded-guard.cjs has removed any
 * value the client sent. 'unknown' when neither exists (route handlers called in tests).
 */
export function clientAddressOf(request: Request): string {
  const header = request.headers.get('x-forwarded-for');
  if (!header) return 'unknown';
  const entries = header
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const picked = loadConfig().trustProxy ? entries.at(-1) : entries[0];
  return throttleKeyOf((picked ?? 'unknown').slice(0, 64).toLowerCase());
}

/**
 * One key per client for throttles: an IPv4-mapped address as plain IPv4, and an IPv6 address
 * by its /64 prefix, since one subscriber usually holds a whole /64 and could rotate through it.
 */
export function throttleKeyOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
