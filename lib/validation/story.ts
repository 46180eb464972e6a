import { z } from 'zod';
import { COMPETENCY_IDS, PAIN_POINT_IDS, THEME_IDS } from '@/lib/guide';
import { STORY_STATUSES } from '@/lib/guide/enums';
import type { StoryStats } from '@/lib/domain/story-view';
import { boundedText, idList, patchOf } from './common';

export const STORY_PART_MAX = 5000;

const part = (label: string) => boundedText(STORY_PART_MAX, label);

export const storyFields = {
  title: z
    .string({ error: 'Give the story a title.' })
    .trim()
    .min(1, 'Give the story a title.')
    .max(200, 'Keep the title under 200 characters.'),
  situation: part('Situation'),
  task: part('Task'),
  action: part('Action'),
  result: part('Result'),
  themes: idList(THEME_IDS, 10, 'theme'),
  competencies: idList(COMPETENCY_IDS, 30, 'competency'),
  painPoints: idList(PAIN_POINT_IDS, 4, 'pain point'),
  resultQualitative: z.boolean({ error: 'resultQualitative must be true or false.' }),
  status: z.enum(STORY_STATUSES, { error: 'Status is draft or ready.' }),
};

export const storyCreateSchema = z.strictObject({
  ...storyFields,
  situation: storyFields.situation.default(''),
  task: storyFields.task.default(''),
  action: storyFields.action.default(''),
  result: storyFields.result.default(''),
  themes: storyFields.themes.default([]),
  competencies: storyFields.competencies.default([]),
  painPoints: storyFields.painPoints.default([]),
  resultQualitative: storyFields.resultQualitative.default(false),
  status: storyFields.status.default('draft'),
});
export type StoryCreateInput = z.input<typeof storyCreateSchema>;
export type StoryInput = z.output<typeof storyCreateSchema>;

export const storyPatchSchema = patchOf(storyFields);
export type StoryPatch = z.output<typeof storyPatchSchema>;

export const storyListQuerySchema = z.strictObject({
  theme: z.enum(THEME_IDS, { error: 'Unknown theme.' }).optional(),
  status: z.enum(STORY_STATUSES, { error: 'Status is draft or ready.' }).optional(),
  q: z.string().trim().max(200, 'Keep the search under 200 characters.').optional(),
  limit: z.coerce
    .number({ error: 'limit must be a number.' })
    .int()
    .min(1, 'limit is at least 1.')
    .max(200, 'limit is at most 200.')
    .default(50),
  offset: z.coerce.number({ error: 'offset must be a number.' }).int().min(0, 'offset is at least 0.').default(0),
});
export type StoryListParams = z.output<typeof storyListQuerySchema>;

/**
 * A story in a list: everything but the STAR text and the lint advice, which GET
 * /api/v1/stories/:id carries. Findings keep their code, field and severity.
 */
export type StorySummaryDto = Omit<StoryDto, 'situation' | 'task' | 'action' | 'result' | 'lint'> & {
  lint: Omit<StoryStats['lint'][number], 'message'>[];
};
export type StoryPageDto = { items: StorySummaryDto[]; total: number; nextOffset: number | null };

/** What the API answers for a story: stored fields plus derived stats and lint. */
export type StoryDto = StoryInput & { id: string; createdAt: string; updatedAt: string } & StoryStats;

/** The editor's form: the same field rules, with "ready" as a checkbox. */
export const storyFormSchema = z.object({
  title: storyFields.title,
  situation: storyFields.situation,
  task: storyFields.task,
  action: storyFields.action,
  result: storyFields.result,
  themes: z.array(z.enum(THEME_IDS)).max(10, 'At most 10 themes.'),
  competencies: z.array(z.enum(COMPETENCY_IDS)).max(30, 'At most 30 competencies.'),
  painPoints: z.array(z.enum(PAIN_POINT_IDS)),
  resultQualitative: z.boolean(),
  markedReady: z.boolean(),
});
export type StoryFormValues = z.infer<typeof storyFormSchema>;

export const emptyStoryForm: StoryFormValues = {
  title: '',
  situation: '',
  task: '',
  action: '',
  result: '',
  themes: [],
  competencies: [],
  painPoints: [],
  resultQualitative: false,
  markedReady: false,
};

export function storyToForm(story: StoryInput): StoryFormValues {
  const { status, ...rest } = story;
  return {
    title: rest.title,
    situation: rest.situation,
    task: rest.task,
    action: rest.action,
    result: rest.result,
    themes: rest.themes,
    competencies: rest.competencies,
    painPoints: rest.painPoints,
    resultQualitative: rest.resultQualitative,
    markedReady: status === 'ready',
  } as StoryFormValues;
}

export function formToStory({ markedReady, ...values }: StoryFormValues): StoryInput {
  return { ...values, status: markedReady ? 'ready' : 'draft' };
}
