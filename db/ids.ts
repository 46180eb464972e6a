import { randomBytes } from 'node:crypto';

/** Opaque, non-sequential ids: 128 random bits, URL-safe. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

export function nowIso(): string {
  return new Date().toISOString();
}
