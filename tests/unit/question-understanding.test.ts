import { describe, expect, it } from 'vitest';
import { classify, fitTemperature, questionFeatures, trainNaiveBayes, understandQuestion } from '@/lib/domain/question-understanding';
import { trainQuestionModel, folds } from '@/lib/domain/question-training';
import type { QuestionModel } from '@/lib/domain/question-understanding';
import { COMPETENCY_IDS } from '@/lib/guide/competencies';
import { questionCorpus } from '@/lib/guide/question-corpus';
import { questionSynonyms } from '@/lib/guide/question-synonyms';
import { THEME_IDS } from '@/lib/guide/themes';
import model from '@/lib/guide/question-model.json';
import holdout from '../fixtures/question-holdout.json';

describe('questionFeatures', () => {
  it('stems words, drops filler, folds platform synonyms and adds word pairs', () => {
    const features = questionFeatures('Tell me about the SEV-1 you ran while on-call', questionSynonyms);
    expect(features).toContain('outag');
    expect(features).toContain('oncal');
    expect(features).not.toContain('the');
    expect(features.some((f) => f.includes('_'))).toBe(true);
    expect(questionFeatures('Reprioritizing mid-quarter', questionSynonyms)).toContain('priorit');
  });
});

describe('naive Bayes', () => {
  const docs = [
    { features: ['outag', 'oncal'], label: 'incident' },
    { features: ['outag', 'pager'], label: 'incident' },
    { features: ['hire', 'candid'], label: 'hiring' },
    { features: ['hire', 'interview'], label: 'hiring' },
  ];

  it('learns which words point to which class, and ignores unseen words', () => {
    const nb = trainNaiveBayes(docs, ['incident', 'hiring']);
    const [incident, hiring] = classify(nb, ['outag', 'never-seen']);
    expect(incident).toBeGreaterThan(hiring!);
    expect(incident! + hiring!).toBeCloseTo(1, 10);
    expect(classify(nb, ['never-seen'])[0]).toBeCloseTo(0.5, 6);
  });

  it('a higher temperature softens probabilities toward uniform', () => {
    const nb = trainNaiveBayes(docs, ['incident', 'hiring']);
    expect(classify(nb, ['outag'], 10)[0]).toBeLessThan(classify(nb, ['outag'], 1)[0]!);
  });

  it('fits a temperature that lowers the log loss of overconfident predictions', () => {
    const nb = trainNaiveBayes(docs, ['incident', 'hiring']);
    // Half of these confident calls are wrong: the best temperature must soften them.
    const held = [
      { scores: nb, features: ['outag', 'outag', 'outag'], label: 'incident' },
      { scores: nb, features: ['outag', 'outag', 'outag'], label: 'hiring' },
    ];
    expect(fitTemperature(held)).toBeGreaterThan(1);
  });

  it('splits folds deterministically and completely', () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    const split = folds(items, 5);
    expect(split.flatMap((f) => f.test).sort((a, b) => a - b)).toEqual(items);
    expect(split[0]!.test).toEqual([0, 5, 10]);
  });
});

describe('the committed question model', () => {
  it('is what npm run train:questions makes from the corpus (reproducible)', () => {
    const trained = trainQuestionModel(questionCorpus, questionSynonyms, { themes: THEME_IDS, competencies: COMPETENCY_IDS });
    expect(JSON.parse(JSON.stringify(trained))).toEqual(model);
  }, 60_000);

  it('keeps its held-out results at least where this model stands (a floor against regressions, not the goal)', () => {
    const leadership = holdout.filter((q) => q.kind === 'leadership_story');
    const right = leadership.filter((q) => understandQuestion(q.text, model as QuestionModel, questionSynonyms).themes[0]?.id === q.theme);
    // Measured 79% when this model was committed; the question-understanding issue asks for 90%.
    expect(right.length / leadership.length).toBeGreaterThanOrEqual(0.75);
    const declined = holdout.filter((q) => understandQuestion(q.text, model as QuestionModel, questionSynonyms).kind === 'other');
    expect(declined.filter((q) => q.kind === 'other').length / declined.length).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a salary question as one that needs no story', () => {
    const understood = understandQuestion('What are your salary expectations for this role?', model as QuestionModel, questionSynonyms);
    expect(understood.kind).toBe('other');
    expect(understood.kindConfidence).toBeGreaterThan(0.5);
  });
});
