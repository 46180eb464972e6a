const BASE = 'http://starboard.invalid';
const MAX_LENGTH = 2048;
// C0 and C1 controls, DEL and backslashes: browsers drop or reinterpret them (`/\t/host` becomes `//host`).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * A post-sign-in destination: only a same-origin path starting with a single `/`. Anything
 * else, including control characters, backslashes, `//` (also once decoded or after dot
 * segments are resolved) and malformed escapes, falls back. The result is the normalised,
 * percent-encoded path, so non-ASCII survives and the Location header is always valid.
 */
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > MAX_LENGTH) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || UNSAFE.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  // `/.//host` resolves to `//host`; `/%2F%2Fhost` and `/%5Chost` decode to it.
  if (url.pathname.startsWith('//') || decodedPath.startsWith('//') || UNSAFE.test(decodedPath)) return fallback;
  try {
    decodeURIComponent(url.search);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  return path.length <= MAX_LENGTH ? path : fallback;
}
