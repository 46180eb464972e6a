import { countThrottleHits, getNthLatestThrottleHit, recordThrottleHit } from '@/db/queries/throttles';
import { AppError } from '@/lib/errors';

/** At most `limit` hits per key within `windowMs`; counters live in SQLite, so restarts keep them. */
export type ThrottleRule = { bucket: string; limit: number; windowMs: number; message: string };

const MINUTE = 60 * 1000;

export const throttles = {
  signUpPerAddress: {
    bucket: 'sign-up:address',
    limit: 20,
    windowMs: 60 * MINUTE,
    message: 'Too many accounts were created from this network address. Try again later.',
  },
  signUpPerEmail: {
    bucket: 'sign-up:email',
    limit: 5,
    windowMs: 60 * MINUTE,
    message: 'Too many sign-up attempts for this email. Try again later.',
  },
  passwordPerUser: {
    bucket: 'password:user',
    limit: 10,
    windowMs: 15 * MINUTE,
    message: 'Too many wrong passwords. Wait 15 minutes and try again.',
  },
  passwordPerAddress: {
    bucket: 'password:address',
    limit: 30,
    windowMs: 15 * MINUTE,
    message: 'Too many wrong passwords from this network address. Wait 15 minutes and try again.',
  },
} satisfies Record<string, ThrottleRule>;

export type ThrottleCheck = { rule: ThrottleRule; key: string };

/** Throws 429 (with Retry-After in seconds) when any rule's key is at its limit. */
export function assertNotThrottled(checks: ThrottleCheck[], now = Date.now()): void {
  for (const { rule, key } of checks) {
    if (countThrottleHits({ bucket: rule.bucket, key, since: now - rule.windowMs }) < rule.limit) continue;
    // The hit that has to age out before one more is allowed.
    const blocking = getNthLatestThrottleHit({ bucket: rule.bucket, key, nth: rule.limit }) ?? now;
    const retryAfter = Math.max(1, Math.ceil((blocking + rule.windowMs - now) / 1000));
    throw new AppError('rate_limited', rule.message, undefined, { 'retry-after': String(retryAfter) });
  }
}

/** Records one hit per check and returns their ids (to take back if the attempt succeeds). */
export function recordThrottleHits(checks: ThrottleCheck[], now = Date.now()): number[] {
  return checks.map(({ rule, key }) => recordThrottleHit({ bucket: rule.bucket, key, at: now }));
}
