import { z } from 'zod';
import { AUDIO_TYPES } from '@/lib/domain/audio-format';
import { recordingAnalysisSchema } from './recording';
import { RATINGS } from '@/lib/guide/enums';
import { THEME_IDS } from '@/lib/guide';
import { caseStudyCreateSchema } from './case-study';
import { contactCreateSchema } from './contact';
import { fundamentalsSchema } from './fundamentals';
import { metricCreateSchema } from './metric';
import { practiceCreateSchema } from './practice';
import { promptCreateSchema } from './rehearsal';
import { interviewCreateSchema, roleCreateSchema } from './role';
import { storyCreateSchema } from './story';

export const WORKSPACE_VERSION = 1;

/** A recording in a .zip export: where its audio sits in the archive, and the analysis made when it was recorded. */
const recordingEntrySchema = z.strictObject({
  file: z.string().regex(/^recordings\/[A-Za-z0-9_-]{1,64}\.(webm|ogg|m4a|mp4|mp3|wav)$/, 'A recording file must sit in recordings/.'),
  mimeType: z.enum(AUDIO_TYPES, { error: 'Not an audio type Starboard keeps.' }),
  analysis: recordingAnalysisSchema,
});
export type RecordingEntry = z.output<typeof recordingEntrySchema>;

/** The largest import accepted, in bytes; exports of a very full workspace stay well under it. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

function duplicateIds(ids: string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of ids) (seen.has(id) ? duplicates : seen).add(id);
  return [...duplicates];
}

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
          // In a .zip export: the rehearsal's id in the file, and its recording under recordings/.
          id: z.string().min(1).max(64).optional(),
          recording: recordingEntrySchema.optional(),
          promptId: z.string().max(80),
          promptText: z.string().max(300),
          themes: z.array(z.enum(THEME_IDS)),
          storyId: z.string().max(64).nullable(),
          durationSeconds: z
            .number()
            .int()
            .min(0)
            .max(4 * 3600),
          rating: z.enum(RATINGS),
          notes: z.string().max(2000),
          createdAt: z.iso.datetime(),
        }),
      )
      .max(100_000),
    // Exports made before roles existed have neither list.
    roles: z.array(roleCreateSchema.extend({ id })).max(1000).default([]),
    interviews: z
      .array(interviewCreateSchema.extend({ id, roleId: id }))
      .max(10_000)
      .default([]),
  })
  .superRefine((w, ctx) => {
    // Ids must be unique within each list, or references would silently land on the wrong row.
    for (const list of ['stories', 'caseStudies', 'metrics', 'practice', 'contacts', 'prompts', 'roles', 'interviews'] as const) {
      const duplicates = duplicateIds(w[list].map((row) => row.id));
      if (duplicates.length) {
        const shown = duplicates
          .slice(0, 10)
          .map((id) => JSON.stringify(id))
          .join(', ');
        const more = duplicates.length > 10 ? ` and ${duplicates.length - 10} more` : '';
        ctx.addIssue({ code: 'custom', path: [list], message: `Duplicate ids: ${shown}${more}. Each id may appear once.` });
      }
    }
    // Every reference must point inside the file.
    const storyIds = new Set(w.stories.map((s) => s.id));
    const studyIds = new Set(w.caseStudies.map((c) => c.id));
    const roleIds = new Set(w.roles.map((r) => r.id));
    w.interviews.forEach((interview, i) => {
      if (!roleIds.has(interview.roleId))
        ctx.addIssue({ code: 'custom', path: ['interviews', i, 'roleId'], message: 'Belongs to a role that is not in the file.' });
    });
    w.metrics.forEach((m, i) => {
      if (m.storyId && !storyIds.has(m.storyId))
        ctx.addIssue({ code: 'custom', path: ['metrics', i, 'storyId'], message: 'Links a story that is not in the file.' });
      if (m.caseStudyId && !studyIds.has(m.caseStudyId))
        ctx.addIssue({ code: 'custom', path: ['metrics', i, 'caseStudyId'], message: 'Links a case study that is not in the file.' });
    });
  });
export type WorkspaceExport = z.output<typeof workspaceSchema>;

export const importQuerySchema = z.strictObject({ replace: z.enum(['true', 'false']).optional() });
