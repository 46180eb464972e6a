import { z } from 'zod';
import { COMPETENCY_IDS } from '../competencies';
import { THEME_IDS } from '../themes';
import other from './other.json';
import themesA from './themes-a.json';
import themesB from './themes-b.json';
import themesC from './themes-c.json';
import themesD from './themes-d.json';
import themesE from './themes-e.json';
import themesF from './themes-f.json';
import themesG from './themes-g.json';
import themesH from './themes-h.json';

/**
 * The labelled interview questions a question classifier learns from, written for this project:
 * leadership questions by primary theme (first in `themes`), and questions that call for no
 * leadership story, by what they ask about instead.
 */
export const OTHER_CATEGORIES = [
  'motivation',
  'compensation',
  'technical',
  'system_design',
  'company',
  'logistics',
  'self_assessment',
  'closing',
] as const;
export type OtherCategory = (typeof OTHER_CATEGORIES)[number];

const themes = z.array(z.enum(THEME_IDS));
const competencies = z.array(z.enum(COMPETENCY_IDS)).max(3);

export const labelledQuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ text: z.string().min(2).max(400), kind: z.literal('leadership_story'), themes: themes.min(1).max(2), competencies }),
  z.strictObject({
    text: z.string().min(2).max(400),
    kind: z.literal('other'),
    category: z.enum(OTHER_CATEGORIES),
    themes: themes.max(0),
    competencies: competencies.max(0),
  }),
]);
export type LabelledQuestion = z.infer<typeof labelledQuestionSchema>;

/** Every training question, validated as it loads: a bad label fails at start, not in a model. */
export const questionCorpus: LabelledQuestion[] = z
  .array(labelledQuestionSchema)
  .parse([...themesA, ...themesB, ...themesC, ...themesD, ...themesE, ...themesF, ...themesG, ...themesH, ...other]);
