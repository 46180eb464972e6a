import {
  classify,
  fitTemperature,
  type NaiveBayesModel,
  questionFeatures,
  type QuestionModel,
  synonymPhrases,
  trainNaiveBayes,
} from './question-understanding';

/** A labelled question as the trainer needs it: primary theme first. */
export type TrainingQuestion = { text: string; kind: 'leadership_story' | 'other'; themes: string[]; competencies: string[] };

type Doc = { features: string[]; label: string };

/** Documents for each of the three models, from one pass over the corpus. */
function documents(corpus: readonly TrainingQuestion[], synonyms: Record<string, string>) {
  const phrases = synonymPhrases(synonyms);
  const rows = corpus.map((q) => ({ q, features: questionFeatures(q.text, synonyms, phrases) }));
  return {
    kind: rows.map(({ q, features }) => ({ features, label: q.kind })),
    theme: rows.filter(({ q }) => q.kind === 'leadership_story').map(({ q, features }) => ({ features, label: q.themes[0]! })),
    competency: rows.flatMap(({ q, features }) => q.competencies.map((label) => ({ features, label }))),
  };
}

/** Deterministic k folds: item i goes to fold i mod k. */
export function folds<T>(items: readonly T[], k: number): { train: T[]; test: T[] }[] {
  return Array.from({ length: k }, (_, f) => ({
    train: items.filter((_, i) => i % k !== f),
    test: items.filter((_, i) => i % k === f),
  }));
}

/** Smoothing strengths tried for each model; cross-validation picks one, not a hand-set value. */
const ALPHAS = [0.03, 0.1, 0.3, 1];

/**
 * Trains one model: the smoothing that classifies k-fold held-out questions best, then the
 * temperature that makes those held-out probabilities calibrated.
 */
function trainCalibrated(docs: Doc[], classes: readonly string[], k: number): NaiveBayesModel {
  let best: { alpha: number; right: number; heldOut: { scores: NaiveBayesModel; features: string[]; label: string }[] } | undefined;
  for (const alpha of ALPHAS) {
    const heldOut = folds(docs, k).flatMap(({ train, test }) => {
      const model = trainNaiveBayes(train, classes, alpha);
      return test.map((d) => ({ scores: model, features: d.features, label: d.label }));
    });
    const right = heldOut.filter((h) => {
      const probabilities = classify(h.scores, h.features);
      return h.scores.classes[probabilities.indexOf(Math.max(...probabilities))] === h.label;
    }).length;
    if (!best || right > best.right) best = { alpha, right, heldOut };
  }
  return { ...trainNaiveBayes(docs, classes, best!.alpha), temperature: fitTemperature(best!.heldOut) };
}

/** The whole question model from the corpus: same corpus and synonyms, same model. */
export function trainQuestionModel(
  corpus: readonly TrainingQuestion[],
  synonyms: Record<string, string>,
  classes: { themes: readonly string[]; competencies: readonly string[] },
  k = 5,
): QuestionModel {
  const docs = documents(corpus, synonyms);
  return {
    version: 1,
    kind: trainCalibrated(docs.kind, ['leadership_story', 'other'], k),
    theme: trainCalibrated(docs.theme, classes.themes, k),
    competency: trainCalibrated(docs.competency, classes.competencies, k),
  };
}

/** Probability of the true label for each held-out question under k-fold cross-validation (for evaluation). */
export function crossValidate(
  corpus: readonly TrainingQuestion[],
  synonyms: Record<string, string>,
  classes: { themes: readonly string[]; competencies: readonly string[] },
  k = 5,
) {
  return folds(corpus, k).flatMap(({ train, test }) => {
    const model = trainQuestionModel(train, synonyms, classes, k);
    return test.map((q) => ({ question: q, model }));
  });
}
