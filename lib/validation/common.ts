import { z } from 'zod';
import { PAIN_POINT_IDS } from '@/lib/guide';

/** Ids in a path segment: what newId() makes (and a little slack), anything else is a 404. */
export const idParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });

/** A list of known enum ids, each at most once. */
export function idList<T extends readonly [string, ...string[]]>(ids: T, max: number, what: string) {
  const unknownIdMessage = ids.length <= 8 ? `Unknown ${what}: use one of ${ids.join(', ')}.` : `Unknown ${what}.`;
  return (
    z
      // The message never echoes the input: it may be anything, even an object with a throwing toString.
      .array(z.enum(ids, { error: () => unknownIdMessage }), { error: `Send ${what}s as a list.` })
      .max(max, `At most ${max} ${what}s.`)
      .transform((list) => [...new Set(list)])
  );
}

/** Text as typed, with an upper bound in characters. */
export const boundedText = (max: number, label: string) =>
  z.string({ error: `${label} must be text.` }).max(max, `${label} can be at most ${max.toLocaleString('en-US')} characters.`);

/** A calendar date as YYYY-MM-DD that exists (no 2025-02-30). */
export const isoDate = (label: string) => z.iso.date({ error: `${label} must be a date like 2026-03-14.` });

/** The PATCH form of a create schema's fields: any subset, at least one, nothing unknown. */
export function patchOf<T extends z.ZodRawShape>(fields: T) {
  return z
    .strictObject(fields)
    .partial()
    .refine((v) => Object.keys(v).length > 0, 'Send at least one field to change.');
}

export const nonEmptyText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} can be at most ${max} characters.`);

/** A list of pain points a story, case study or contact is tagged with. */
export const painPointList = idList(PAIN_POINT_IDS, 4, 'pain point');

/** Optional text: empty when not sent. */
export const optionalText = (max: number, label: string) => boundedText(max, label).default('');

/** What the API adds to every stored entity. */
export type Stored = { id: string; createdAt: string; updatedAt: string };
