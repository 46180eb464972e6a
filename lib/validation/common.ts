import { z } from 'zod';

/** Ids in a path segment: what newId() makes (and a little slack), anything else is a 404. */
export const idParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });

/** A list of known enum ids, each at most once. */
export function idList<T extends readonly [string, ...string[]]>(ids: T, max: number, what: string) {
  return z
    .array(z.enum(ids, { error: (issue) => `Unknown ${what} "${String(issue.input)}".` }), { error: `Send ${what}s as a list.` })
    .max(max, `At most ${max} ${what}s.`)
    .transform((list) => [...new Set(list)]);
}

/** Text as typed, with an upper bound in characters. */
export const boundedText = (max: number, label: string) =>
  z.string({ error: `${label} must be text.` }).max(max, `${label} can be at most ${max.toLocaleString('en-US')} characters.`);
