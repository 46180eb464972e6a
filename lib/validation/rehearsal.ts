import { z } from 'zod';
import { COMPETENCY_IDS, type CompetencyId, THEME_IDS, type ThemeId } from '@/lib/guide';
import { RATINGS, ROUND_KINDS } from '@/lib/guide/enums';
import { boundedText, idList, nonEmptyText, patchOf } from './common';
import type { RecordingDto } from './recording';

const promptFields = {
  text: nonEmptyText(300, 'Prompt').refine((s) => s.length >= 10, 'Write the question in at least 10 characters.'),
  themes: idList(THEME_IDS, 10, 'theme'),
  competencies: idList(COMPETENCY_IDS, 30, 'competency'),
};
export const promptCreateSchema = z.strictObject({
  ...promptFields,
  themes: promptFields.themes.default([]),
  competencies: promptFields.competencies.default([]),
});
export const promptPatchSchema = patchOf(promptFields);
export type PromptInput = z.output<typeof promptCreateSchema>;

const roleIdField = z
  .string({ error: 'roleId must be text.' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'No such role.')
  .optional();

export const drawSchema = z.strictObject({
  theme: z.enum(THEME_IDS, { error: 'Unknown theme.' }).optional(),
  roleId: roleIdField,
});

export const mockSchema = z.strictObject({
  roleId: roleIdField,
  round: z.enum(ROUND_KINDS, { error: `Round is one of: ${ROUND_KINDS.join(', ')}.` }).optional(),
});

export const rehearsalLogSchema = z.strictObject({
  promptId: z.string({ error: 'Say which prompt you rehearsed.' }).min(1).max(80),
  storyId: z.string().max(64).nullable().default(null),
  durationSeconds: z
    .number({ error: 'Duration must be a number of seconds.' })
    .int('Duration is whole seconds.')
    .min(0, 'Duration cannot be negative.')
    .max(4 * 3600, 'Duration is at most four hours.'),
  rating: z.enum(RATINGS, { error: 'Rating is again, hard, good or easy.' }),
  notes: boundedText(2000, 'Notes').default(''),
});
export type RehearsalLogInput = z.output<typeof rehearsalLogSchema>;

export const matchQuerySchema = z.strictObject({
  q: z
    .string({ error: 'Paste a question in q.' })
    .trim()
    .min(3, 'Paste a question of at least 3 characters.')
    .max(500, 'Keep the question under 500 characters.'),
});

/** A prompt as the API lists it: built-in ones from the guide, and the user's own. */
export type PromptDto = { id: string; text: string; themes: ThemeId[]; competencies: CompetencyId[]; builtIn: boolean };
/** One logged rehearsal. */
export type RehearsalDto = Omit<RehearsalLogInput, 'storyId' | 'notes'> & {
  id: string;
  promptText: string;
  themes: ThemeId[];
  storyId: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
  /** The answer as recorded, with its analysis; null when it was not recorded. */
  recording: RecordingDto | null;
};

type Labelled = { id: string; label: string; confidence: number };
/** What a question asks for, as the API reads it: calibrated confidences, labels for people. */
export type QuestionDto = {
  kind: 'leadership_story' | 'other';
  kindConfidence: number;
  themes: Labelled[];
  competencies: Labelled[];
  /** For a question that needs no story, what it asks about instead. */
  category: Labelled | null;
};
/** The theme to write a story for next, with a link to a new story on it. */
export type MissingThemeDto = { id: string; label: string; href: string } | null;
