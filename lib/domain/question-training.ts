import {
  classify,
  fitTemperature,
  type NaiveBayesModel,
  type Lexicon,
  questionFeatures,
  type QuestionModel,
  trainNaiveBayes,
  trainSoftmax,
} from './question-understanding';

/** A labelled question as the trainer needs it: primary theme first; `category` for one that needs no story. */
export type TrainingQuestion = {
  text: string;
  kind: 'leadership_story' | 'other';
  themes: string[];
  competencies: string[];
  category?: string;
};

/**
 * A training document. A question with several labels (competencies) becomes one document per
 * label; `question` keeps them in the same fold, and `labels` lists every right answer.
 */
type Doc = { features: string[]; label: string; question: number; labels?: string[] };

/** Documents for each of the three models, from one pass over the corpus. */
function documents(corpus: readonly TrainingQuestion[], lexicon: Lexicon) {
  const rows = corpus.map((q, question) => ({ q, question, features: questionFeatures(q.text, lexicon) }));
  return {
    kind: rows.map(({ q, question, features }) => ({ features, question, label: q.kind })),
    theme: rows
      .filter(({ q }) => q.kind === 'leadership_story')
      .map(({ q, question, features }) => ({ features, question, label: q.themes[0]! })),
    competency: rows.flatMap(({ q, question, features }) =>
      q.competencies.map((label) => ({ features, question, label, labels: q.competencies })),
    ),
    category: rows.flatMap(({ q, question, features }) => (q.category ? [{ features, question, label: q.category }] : [])),
  };
}

/** Deterministic k folds: item i goes to fold (group of i) mod k; by default each item is its own group. */
export function folds<T>(
  items: readonly T[],
  k: number,
  group: (item: T, index: number) => number = (_, i) => i,
): { train: T[]; test: T[] }[] {
  return Array.from({ length: k }, (_, f) => ({
    train: items.filter((item, i) => group(item, i) % k !== f),
    test: items.filter((item, i) => group(item, i) % k === f),
  }));
}

/** Smoothing strengths tried for each model; cross-validation picks one, not a hand-set value. */
const ALPHAS = [0.03, 0.1, 0.3, 1];

type HeldOut = { scores: NaiveBayesModel; features: string[]; label: string; labels: string[] };

/** L2 strengths tried for the logistic-regression partner; cross-validation picks one. */
const L2S = [0.003, 0.01, 0.03];

const topIsRight = (h: HeldOut) => {
  const probabilities = classify(h.scores, h.features);
  return h.labels.includes(h.scores.classes[probabilities.indexOf(Math.max(...probabilities))]!);
};

/**
 * Trains one model: the smoothing that classifies k-fold held-out questions best, then the
 * temperature that makes those held-out probabilities calibrated. With `withLr`, a logistic-
 * regression partner joins (its L2 chosen the same way) and the temperature is fitted to the pair.
 * Also answers the calibrated held-out probabilities, which the decision thresholds are tuned on.
 */
function trainCalibrated(
  docs: Doc[],
  classes: readonly string[],
  k: number,
  withLr = false,
): { model: NaiveBayesModel; heldOut: HeldOut[] } {
  const split = folds(docs, k, (d) => d.question);
  const heldOutOf = (fit: (train: Doc[]) => NaiveBayesModel) =>
    split.flatMap(({ train, test }) => {
      const model = fit(train);
      return test.map((d) => ({ scores: model, features: d.features, label: d.label, labels: d.labels ?? [d.label] }));
    });
  let best: { alpha: number; right: number; heldOut: HeldOut[] } | undefined;
  for (const alpha of ALPHAS) {
    const heldOut = heldOutOf((train) => trainNaiveBayes(train, classes, alpha));
    const right = heldOut.filter(topIsRight).length;
    if (!best || right > best.right) best = { alpha, right, heldOut };
  }
  const { alpha } = best!;
  const nbTemperature = fitTemperature(best!.heldOut);
  let chosen: { heldOut: HeldOut[]; final: () => NaiveBayesModel } = {
    heldOut: best!.heldOut,
    final: () => trainNaiveBayes(docs, classes, alpha),
  };
  if (withLr) {
    let bestPair: { l2: number; right: number; heldOut: HeldOut[] } | undefined;
    for (const l2 of L2S) {
      const heldOut = heldOutOf((train) => ({
        ...trainNaiveBayes(train, classes, alpha),
        nbTemperature,
        lr: trainSoftmax(train, classes, l2),
      }));
      const right = heldOut.filter(topIsRight).length;
      if (!bestPair || right > bestPair.right) bestPair = { l2, right, heldOut };
    }
    const { l2 } = bestPair!;
    chosen = {
      heldOut: bestPair!.heldOut,
      final: () => ({ ...trainNaiveBayes(docs, classes, alpha), nbTemperature, lr: trainSoftmax(docs, classes, l2) }),
    };
  }
  const temperature = fitTemperature(chosen.heldOut);
  return {
    model: { ...chosen.final(), temperature },
    heldOut: chosen.heldOut.map((h) => ({ ...h, scores: { ...h.scores, temperature } })),
  };
}

const GRID = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

/** Picks the grid value with the best score; ties go to the lower value, so the result is deterministic. */
function bestOnGrid(score: (threshold: number) => number): number {
  return GRID.reduce((best, t) => (score(t) > score(best) + 1e-12 ? t : best), GRID[0]!);
}

/**
 * Hiding the stories from a question that wants one costs the user more than one needless
 * suggestion beside a question that does not: they lose the prompt to rehearse with, where the
 * other is a line to skip. Errors are weighed this many times to one.
 */
const MISSED_STORY_COST = 2;

/**
 * The leadership threshold with the least weighted error on held-out questions: a question gets
 * stories when P(leadership story) reaches it.
 */
export function tuneLeadershipThreshold(heldOut: readonly { leadership: number; isLeadership: boolean }[]): number {
  return bestOnGrid(
    (t) =>
      -heldOut.reduce((cost, h) => {
        if (h.isLeadership && h.leadership < t) return cost + MISSED_STORY_COST;
        if (!h.isLeadership && h.leadership >= t) return cost + 1;
        return cost;
      }, 0),
  );
}

/**
 * How close to the question's most likely theme a story's theme must come to be suggested, as a
 * share of that theme's probability. Each held-out leadership question is tried against six banks:
 * one story per theme, and that bank without each theme in turn. The best story left is suggested
 * when its theme reaches the share; that is right when it is on the question's true theme, and
 * saying nothing is right when the bank has no story on that theme.
 */
export function tuneFitThreshold(heldOut: readonly { probabilities: number[]; truth: number }[]): number {
  return bestOnGrid((t) =>
    heldOut.reduce((sum, { probabilities, truth }) => {
      const top = Math.max(...probabilities);
      const banks = [-1, ...probabilities.keys()]; // -1: nothing missing
      return (
        sum +
        banks.filter((missing) => {
          const left = probabilities.map((p, i) => (i === missing ? -1 : p));
          const best = left.indexOf(Math.max(...left));
          return left[best]! >= t * top ? best === truth : missing === truth;
        }).length
      );
    }, 0),
  );
}

/** The whole question model from the corpus: same corpus and lexicon, same model. */
export function trainQuestionModel(
  corpus: readonly TrainingQuestion[],
  lexicon: Lexicon,
  classes: { themes: readonly string[]; competencies: readonly string[] },
  k = 5,
): QuestionModel {
  const docs = documents(corpus, lexicon);
  const kind = trainCalibrated(docs.kind, ['leadership_story', 'other'], k, true);
  const theme = trainCalibrated(docs.theme, classes.themes, k, true);
  const categories = [...new Set(docs.category.map((d) => d.label))].sort();
  return {
    version: 2,
    kind: kind.model,
    theme: theme.model,
    competency: trainCalibrated(docs.competency, classes.competencies, k).model,
    category: trainCalibrated(docs.category, categories, k).model,
    thresholds: {
      leadership: tuneLeadershipThreshold(
        kind.heldOut.map((h) => ({
          leadership: classify(h.scores, h.features)[h.scores.classes.indexOf('leadership_story')]!,
          isLeadership: h.label === 'leadership_story',
        })),
      ),
      fit: tuneFitThreshold(
        theme.heldOut.map((h) => ({ probabilities: classify(h.scores, h.features), truth: h.scores.classes.indexOf(h.label) })),
      ),
    },
  };
}

/** Probability of the true label for each held-out question under k-fold cross-validation (for evaluation). */
export function crossValidate(
  corpus: readonly TrainingQuestion[],
  lexicon: Lexicon,
  classes: { themes: readonly string[]; competencies: readonly string[] },
  k = 5,
) {
  return folds(corpus, k).flatMap(({ train, test }) => {
    const model = trainQuestionModel(train, lexicon, classes, k);
    return test.map((q) => ({ question: q, model }));
  });
}
