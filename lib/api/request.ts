import type { z } from 'zod';
import { AppError, type FieldErrors } from './errors';
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

/** Reads the body as text without ever holding more than the limit in memory. */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const tooLarge = () => new AppError('payload_too_large', `The body must be at most ${limit} bytes.`);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
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
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const text = await readBodyText(request, limit);
  // An empty body is an empty object: the schema then says which fields are missing.
  if (text.trim() === '') return {};
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the body as application/json.');
  }
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    throw new AppError('bad_request', `The request body is nested more than ${MAX_JSON_DEPTH} levels deep.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}

/**
 * True when JSON text opens more than `limit` arrays/objects inside each other. One pass over
 * the characters, skipping strings; malformed text is left for JSON.parse to reject.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--;
    }
  }
  return false;
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
