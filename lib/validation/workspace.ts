import { z } from 'zod';
import { RATINGS } from '@/lib/domain/review-schedule';
import { THEME_IDS } from '@/lib/guide';
import { caseStudyCreateSchema, contactCreateSchema, fundamentalsSchema, metricCreateSchema, practiceCreateSchema } from './evidence';
import { promptCreateSchema } from './rehearsal';
import { storyCreateSchema } from './story';

export const WORKSPACE_VERSION = 1;

const id = z.string().min(1).max(64);

/** The whole workspace as exported; ids are the file's own, remapped on import. */
export const workspaceSchema = z
  .strictObject({
    format: z.literal('starboard-workspace', { error: 'This is not a Starboard export.' }),
    version: z.literal(WORKSPACE_VERSION, { error: `Only version ${WORKSPACE_VERSION} exports can be imported.` }),
    exportedAt: z.string(),
    profile: z.strictObject({ name: z.string().max(100), targetIndustry: z.string().max(100).nullable() }),
    stories: z.array(storyCreateSchema.extend({ id })).max(5000),
    caseStudies: z.array(caseStudyCreateSchema.extend({ id })).max(1000),
    metrics: z.array(metricCreateSchema.extend({ id })).max(5000),
    fundamentals: fundamentalsSchema,
    practice: z.array(practiceCreateSchema.extend({ id })).max(5000),
    contacts: z.array(contactCreateSchema.extend({ id })).max(5000),
    prompts: z.array(promptCreateSchema.extend({ id })).max(1000),
    rehearsals: z
      .array(
        z.strictObject({
          promptId: z.string().max(80),
          promptText: z.string().max(300),
          themes: z.array(z.enum(THEME_IDS)),
          storyId: z.string().max(64).nullable(),
          durationSeconds: z.number().int().min(0).max(4 * 3600),
          rating: z.enum(RATINGS),
          notes: z.string().max(2000),
          createdAt: z.iso.datetime(),
        }),
      )
      .max(100_000),
  })
  .superRefine((w, ctx) => {
    // Every reference must point inside the file.
    const storyIds = new Set(w.stories.map((s) => s.id));
    const studyIds = new Set(w.caseStudies.map((c) => c.id));
    w.metrics.forEach((m, i) => {
      if (m.storyId && !storyIds.has(m.storyId)) ctx.addIssue({ code: 'custom', path: ['metrics', i, 'storyId'], message: 'Links a story that is not in the file.' });
      if (m.caseStudyId && !studyIds.has(m.caseStudyId)) ctx.addIssue({ code: 'custom', path: ['metrics', i, 'caseStudyId'], message: 'Links a case study that is not in the file.' });
    });
  });
export type WorkspaceExport = z.output<typeof workspaceSchema>;

export const importQuerySchema = z.strictObject({ replace: z.enum(['true', 'false']).optional() });
