import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { questionCorpus } from '@/lib/guide/question-corpus';
import { THEME_IDS } from '@/lib/guide/themes';
import holdout from '../fixtures/question-holdout.json';

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const holdoutSchema = z.array(
  z.strictObject({
    text: z.string().min(2),
    kind: z.enum(['leadership_story', 'other']),
    theme: z.enum(THEME_IDS).nullable(),
    interviewer: z.string().min(3),
  }),
);

describe('the labelled question corpus (lib/guide/question-corpus)', () => {
  it('has at least 100 questions per theme and 150 that call for no story', () => {
    const perTheme = Object.fromEntries(THEME_IDS.map((id) => [id, questionCorpus.filter((q) => q.themes[0] === id).length]));
    for (const id of THEME_IDS) expect(perTheme[id], id).toBeGreaterThanOrEqual(100);
    expect(questionCorpus.filter((q) => q.kind === 'other').length).toBeGreaterThanOrEqual(150);
  });

  it('holds no question twice', () => {
    const texts = questionCorpus.map((q) => normalise(q.text));
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('the held-out questions (tests/fixtures/question-holdout.json)', () => {
  const questions = holdoutSchema.parse(holdout);

  it('has at least 120 questions, every leadership one with a theme', () => {
    expect(questions.length).toBeGreaterThanOrEqual(120);
    for (const q of questions) expect(q.kind === 'leadership_story', q.text).toBe(q.theme !== null);
    for (const id of THEME_IDS) expect(questions.filter((q) => q.theme === id).length, id).toBeGreaterThanOrEqual(20);
  });

  it('shares no question with the training corpus', () => {
    const training = new Set(questionCorpus.map((q) => normalise(q.text)));
    expect(questions.filter((q) => training.has(normalise(q.text))).map((q) => q.text)).toEqual([]);
  });
});
