import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are snake_case');

export const labelledSchema = z.object({ id, label: z.string().min(3).max(80), hint: z.string().min(10).max(200) });

export const competencyKindSchema = z.enum(['responsibility', 'skill', 'skill_gap']);

export const competencySchema = labelledSchema.extend({ kind: competencyKindSchema });

/** Validates a list of labelled items and checks that ids are unique. */
export function uniqueList<T extends z.ZodType<{ id: string }>>(item: T) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Set<string>();
    for (const { id } of items) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${id}` });
      seen.add(id);
    }
  });
}
