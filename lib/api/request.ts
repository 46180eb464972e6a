import type { z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/errors';
import { isOwnOrigin } from './origin';

export const MAX_BODY_BYTES = 1024 * 1024;

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Bodies nested deeper than this are refused before parsing, so no validator recurses on them. */
export const MAX_JSON_DEPTH = 32;

/**
 * CSRF defence in depth beside SameSite cookies: a browser always sends Origin on a
 * cross-origin mutation, so a mismatch is refused. Scripts that send no Origin pass. The
 * expected origin is the one the browser used (see publicOriginOf), not request.url.
 */
export function assertSameOrigin(request: Request): void {
  if (!MUTATING.has(request.method)) return;
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site') throw new AppError('forbidden', 'Cross-site requests are not allowed.');
  if (origin === null) return;
  if (!isOwnOrigin(request, origin)) {
    throw new AppError('forbidden', 'The request came from another origin.');
  }
}

/**
 * Reads the body as text without ever holding more than the limit in memory. When `maxDepth`
 * is given, JSON nesting is tracked as the chunks arrive, so a hostile body is refused before
 * it is parsed, and a large benign one never costs one long scan on the event loop.
 */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES, maxDepth?: number): Promise<string> {
  return (await readBodyBytes(request, limit, maxDepth)).toString('utf8');
}

/** The raw body within `limit` bytes (413 past it, checked as it streams in, whatever Content-Length says). */
export async function readBodyBytes(request: Request, limit = MAX_BODY_BYTES, maxDepth?: number): Promise<Buffer> {
  const tooLarge = () => new AppError('payload_too_large', `The body must be at most ${limit} bytes.`);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const depth = maxDepth === undefined ? null : new JsonDepthTracker(maxDepth);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    if (depth && !depth.feed(value)) {
      await reader.cancel();
      throw new AppError('bad_request', `The request body is nested more than ${maxDepth} levels deep.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) {
    // Read (within the limit) so an empty body with a stray content type still counts as empty.
    if ((await readBodyText(request, limit)).trim() === '') return {};
    throw new AppError('unsupported_media_type', 'Send the body as application/json.');
  }
  const text = await readBodyText(request, limit, MAX_JSON_DEPTH);
  // An empty body is an empty object: the schema then says which fields are missing.
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}

/**
 * Follows how deeply JSON bytes nest arrays and objects, chunk by chunk, skipping strings.
 * Works on UTF-8 bytes: quotes, backslashes and brackets are ASCII and never occur inside a
 * multi-byte character. Malformed JSON is left for JSON.parse to reject.
 */
export class JsonDepthTracker {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limit: number) {}

  /** False once the nesting has gone past the limit. */
  feed(bytes: Uint8Array): boolean {
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c /* \\ */) this.escaped = true;
        else if (c === 0x22 /* " */) this.inString = false;
      } else if (c === 0x22) {
        this.inString = true;
      } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        if (++this.depth > this.limit) return false;
      } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
        this.depth--;
      }
    }
    return true;
  }
}
/** zod issues as `{ "field.path": [messages] }`; root-level issues go under "_". */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError('bad_request', `The ${what} is not valid.`, fieldErrorsFrom(result.error));
  }
  return result.data;
}
