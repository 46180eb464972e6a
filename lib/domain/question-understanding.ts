import { stemmer } from 'stemmer';
import { escapeRegExp } from './text-stats';

/**
 * Question understanding: what an interview question asks for, as calibrated probabilities.
 * Multinomial naive Bayes over stemmed words and word pairs, trained by scripts/train-questions.ts
 * on the project's labelled corpus (lib/guide/question-corpus); the trained model is plain data,
 * so classifying is pure and deterministic.
 */

/** A trained multinomial naive Bayes model: log priors and per-feature log likelihoods per class. */
export type NaiveBayesModel = {
  classes: string[];
  logPrior: number[];
  logLikelihood: Record<string, number[]>;
  /** Per class, the log likelihood of a feature never seen in training (Laplace smoothing). */
  logUnseen: number[];
  /** Divides the log scores before normalising, fitted by cross-validation so probabilities are calibrated. */
  temperature: number;
  /** The add-alpha smoothing it was trained with (chosen by cross-validation). */
  alpha: number;
  /**
   * An optional logistic-regression partner trained on the same documents. When present, its
   * logits are added to the naive Bayes scores (divided by `nbTemperature`, Bayes' own calibration)
   * before `temperature` is applied: the two err differently, so together they err less.
   */
  lr?: SoftmaxModel;
  nbTemperature?: number;
};

/** Multinomial logistic regression over binary features: a bias and a weight row per feature. */
export type SoftmaxModel = { bias: number[]; weights: Record<string, number[]>; l2: number };

export type QuestionModel = {
  version: 2;
  kind: NaiveBayesModel;
  theme: NaiveBayesModel;
  competency: NaiveBayesModel;
  /** What a question that needs no story asks about instead (motivation, pay, technical…). */
  category: NaiveBayesModel;
  thresholds: {
    /** The probability of "leadership story" at or above which a question gets stories (cross-validated). */
    leadership: number;
    /**
     * How close a story's theme must come to the question's most likely theme to be suggested,
     * as a share of that theme's probability (cross-validated).
     */
    fit: number;
  };
};

export type Confidence = { id: string; confidence: number };

export type QuestionUnderstanding = {
  kind: 'leadership_story' | 'other';
  kindConfidence: number;
  themes: Confidence[];
  competencies: Confidence[];
  /** For a question that needs no story, what it asks about instead; null for a leadership question. */
  category: Confidence | null;
};

// Words that say nothing about what a question asks for; kept short so "you", "time", "team" still count.
const STOP = new Set('a an the and or of to in on at for with is are was were be been it this that as by from your my our'.split(' '));

/**
 * The words a classifier reads a question with, as data: `synonyms` fold platform phrases onto one
 * word before stemming ("sev-1" → outage); `concepts` add a token for each group of related words a
 * question mentions ("let go", "managed out" → c:exit), so a word never seen in training still counts.
 * A concept phrase ending in `*` matches any word starting with it.
 */
export type Lexicon = { synonyms: Readonly<Record<string, string>>; concepts?: Readonly<Record<string, readonly string[]>> };

type CompiledLexicon = { synonyms: Readonly<Record<string, string>>; phrases: string[]; concepts: [string, RegExp][] };
const compiled = new WeakMap<Lexicon, CompiledLexicon>();

function compile(lexicon: Lexicon): CompiledLexicon {
  let c = compiled.get(lexicon);
  if (!c) {
    c = {
      synonyms: lexicon.synonyms,
      // Longest first, so "performance improvement plan" folds before "plan".
      phrases: Object.keys(lexicon.synonyms).sort((a, b) => b.length - a.length || a.localeCompare(b)),
      concepts: Object.entries(lexicon.concepts ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, list]) => {
          const parts = list.map((p) => (p.endsWith('*') ? `${escapeRegExp(p.slice(0, -1))}[\\p{L}'-]*` : escapeRegExp(p)));
          return [`c:${id}`, new RegExp(`(?:^| )(?:${parts.join('|')})(?= |$)`, 'u')] as [string, RegExp];
        }),
    };
    compiled.set(lexicon, c);
  }
  return c;
}

/** Stemmed words, adjacent word pairs and concept tokens: what the classifier sees of a question. */
export function questionFeatures(text: string, lexicon: Lexicon = { synonyms: {} }): string[] {
  const { synonyms, phrases, concepts } = compile(lexicon);
  const plain = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let folded = ` ${plain} `;
  for (const phrase of phrases) folded = folded.split(` ${phrase} `).join(` ${synonyms[phrase]} `);
  const words = folded
    .split(/\s+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => stemmer(w));
  const pairs = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  const found = concepts.filter(([, pattern]) => pattern.test(plain)).map(([token]) => token);
  return [...words, ...pairs, ...found];
}

/** Fits a multinomial naive Bayes model with add-alpha smoothing. Deterministic for the same input. */
export function trainNaiveBayes(
  docs: readonly { features: string[]; label: string }[],
  classes: readonly string[],
  alpha = 1,
): NaiveBayesModel {
  const counts = new Map<string, number[]>();
  const totals = classes.map(() => 0);
  const docCounts = classes.map(() => 0);
  for (const doc of docs) {
    const c = classes.indexOf(doc.label);
    if (c < 0) throw new Error(`unknown class ${doc.label}`);
    docCounts[c]! += 1;
    for (const f of doc.features) {
      const row = counts.get(f) ?? classes.map(() => 0);
      row[c]! += 1;
      counts.set(f, row);
      totals[c]! += 1;
    }
  }
  const vocabulary = counts.size;
  const denominators = totals.map((t) => Math.log(t + alpha * (vocabulary + 1)));
  const logLikelihood: Record<string, number[]> = {};
  for (const f of [...counts.keys()].sort())
    logLikelihood[f] = counts.get(f)!.map((n, c) => roundWeight(Math.log(n + alpha) - denominators[c]!));
  return {
    classes: [...classes],
    logPrior: docCounts.map((n) => round(Math.log((n + 1) / (docs.length + classes.length)))),
    logLikelihood,
    logUnseen: denominators.map((d) => round(Math.log(alpha) - d)),
    temperature: 1,
    alpha,
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
// Four decimals of a log likelihood are plenty (summed over a question's ~30 features) and keep the model file small.
const roundWeight = (x: number) => Math.round(x * 1e4) / 1e4;

/** Logits of a softmax model for a set of features (each feature counts once). */
function softmaxLogits(model: SoftmaxModel, features: readonly string[]): number[] {
  const logits = model.bias.slice();
  for (const f of new Set(features)) {
    const row = model.weights[f];
    if (row) for (let c = 0; c < logits.length; c++) logits[c]! += row[c]!;
  }
  return logits;
}

/**
 * Fits multinomial logistic regression with L2 by stochastic gradient descent. The visiting order
 * and step sizes are fixed, so the same documents give the same weights.
 */
export function trainSoftmax(
  docs: readonly { features: string[]; label: string }[],
  classes: readonly string[],
  l2: number,
  epochs = 30,
): SoftmaxModel {
  const C = classes.length;
  const rows = docs.map((d) => ({ features: [...new Set(d.features)], y: classes.indexOf(d.label) }));
  const bias = new Array<number>(C).fill(0);
  const weights = new Map<string, number[]>();
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = 0.5 / (1 + epoch * 0.1);
    for (let i = 0; i < rows.length; i++) {
      // A fixed pseudo-random visiting order (7919 is prime, so every document is visited once per epoch when coprime).
      const { features, y } = rows[(i * 7919 + epoch * 31) % rows.length]!;
      const logits = bias.slice();
      for (const f of features) {
        const w = weights.get(f);
        if (w) for (let c = 0; c < C; c++) logits[c]! += w[c]!;
      }
      const top = Math.max(...logits);
      const exp = logits.map((l) => Math.exp(l - top));
      const sum = exp.reduce((a, b) => a + b, 0);
      const gradient = exp.map((e, c) => e / sum - (c === y ? 1 : 0));
      for (let c = 0; c < C; c++) bias[c]! -= rate * gradient[c]!;
      for (const f of features) {
        let w = weights.get(f);
        if (!w) weights.set(f, (w = new Array<number>(C).fill(0)));
        for (let c = 0; c < C; c++) w[c]! -= rate * (gradient[c]! + l2 * w[c]!);
      }
    }
  }
  const kept: Record<string, number[]> = {};
  // Weights too small to move a probability are left out, which keeps the model file small.
  for (const f of [...weights.keys()].sort()) {
    const row = weights.get(f)!.map(roundWeight);
    if (row.some((w) => Math.abs(w) >= 1e-3)) kept[f] = row;
  }
  return { bias: bias.map(roundWeight), weights: kept, l2 };
}

/** Class probabilities for a question's features, softened by the model's fitted temperature. */
export function classify(model: NaiveBayesModel, features: readonly string[], temperature = model.temperature): number[] {
  let scores = model.logPrior.slice();
  for (const f of features) {
    const row = model.logLikelihood[f];
    if (!row) continue; // A word never seen in training says nothing about any class.
    for (let c = 0; c < scores.length; c++) scores[c]! += row[c]!;
  }
  if (model.lr) {
    const logits = softmaxLogits(model.lr, features);
    scores = scores.map((s, c) => s / (model.nbTemperature ?? 1) + logits[c]!);
  }
  const scaled = scores.map((s) => s / temperature);
  const top = Math.max(...scaled);
  const exp = scaled.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** Ranks classes by probability, keeping those at or above `floor`. */
function ranked(model: NaiveBayesModel, probabilities: number[], floor: number) {
  return probabilities
    .map((p, i) => ({ id: model.classes[i]!, confidence: round(p) }))
    .filter((x) => x.confidence >= floor)
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}

/** The probability that a question calls for a leadership story, from its features. */
export function leadershipProbability(model: NaiveBayesModel, features: readonly string[]): number {
  return classify(model, features)[model.classes.indexOf('leadership_story')] ?? 0;
}

/**
 * What an interview question asks for: a leadership story or not, which themes, which competencies.
 * Pure: the trained model and the lexicon come in as data.
 */
export function understandQuestionWith(text: string, model: QuestionModel, lexicon: Lexicon): QuestionUnderstanding {
  const features = questionFeatures(text, lexicon);
  const leadership = leadershipProbability(model.kind, features);
  const kind = leadership >= model.thresholds.leadership ? 'leadership_story' : 'other';
  return {
    kind,
    kindConfidence: round(kind === 'leadership_story' ? leadership : 1 - leadership),
    themes: ranked(model.theme, classify(model.theme, features), 0.05),
    competencies: ranked(model.competency, classify(model.competency, features), 0.1).slice(0, 3),
    category: kind === 'other' ? (ranked(model.category, classify(model.category, features), 0)[0] ?? null) : null,
  };
}

/** The temperature that minimises the log loss of held-out predictions (grid search, deterministic). */
export function fitTemperature(predictions: readonly { scores: NaiveBayesModel; features: string[]; label: string }[]): number {
  let best = { t: 1, loss: Infinity };
  for (let t = 0.5; t <= 40; t = Math.round((t * 1.1 + Number.EPSILON) * 1000) / 1000) {
    let loss = 0;
    for (const p of predictions) {
      const probs = classify(p.scores, p.features, t);
      loss -= Math.log(Math.max(1e-12, probs[p.scores.classes.indexOf(p.label)]!));
    }
    if (loss < best.loss) best = { t, loss };
  }
  return best.t;
}
