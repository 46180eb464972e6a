import { stemmer } from 'stemmer';

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
};

export type QuestionModel = {
  version: 1;
  kind: NaiveBayesModel;
  theme: NaiveBayesModel;
  competency: NaiveBayesModel;
};

export type QuestionUnderstanding = {
  kind: 'leadership_story' | 'other';
  kindConfidence: number;
  themes: { id: string; confidence: number }[];
  competencies: { id: string; confidence: number }[];
};

// Words that say nothing about what a question asks for; kept short so "you", "time", "team" still count.
const STOP = new Set('a an the and or of to in on at for with is are was were be been it this that as by from your my our'.split(' '));

function foldSynonyms(text: string, synonyms: Record<string, string>, phrases: string[]): string {
  let out = ` ${text.toLowerCase().replace(/[’']/g, "'")} `;
  for (const phrase of phrases) out = out.split(` ${phrase} `).join(` ${synonyms[phrase]} `);
  return out;
}

/** The sorted keys of a synonym map, longest first, so "performance improvement plan" folds before "plan". */
export function synonymPhrases(synonyms: Record<string, string>): string[] {
  return Object.keys(synonyms).sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** Stemmed words and adjacent word pairs: what the classifier sees of a question. */
export function questionFeatures(text: string, synonyms: Record<string, string> = {}, phrases = synonymPhrases(synonyms)): string[] {
  const spaced = foldSynonyms(text.replace(/[^\p{L}\p{N}'\- ]+/gu, ' '), synonyms, phrases);
  const words = spaced
    .split(/\s+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => stemmer(w));
  const pairs = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...words, ...pairs];
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
  for (const f of [...counts.keys()].sort()) logLikelihood[f] = counts.get(f)!.map((n, c) => round(Math.log(n + alpha) - denominators[c]!));
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

/** Class probabilities for a question's features, softened by the model's fitted temperature. */
export function classify(model: NaiveBayesModel, features: readonly string[], temperature = model.temperature): number[] {
  const scores = model.logPrior.slice();
  for (const f of features) {
    const row = model.logLikelihood[f];
    if (!row) continue; // A word never seen in training says nothing about any class.
    for (let c = 0; c < scores.length; c++) scores[c]! += row[c]!;
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

/** What an interview question asks for: a leadership story or not, which themes, which competencies. */
export function understandQuestion(text: string, model: QuestionModel, synonyms: Record<string, string>): QuestionUnderstanding {
  const features = questionFeatures(text, synonyms);
  const kindProbabilities = classify(model.kind, features);
  const leadership = kindProbabilities[model.kind.classes.indexOf('leadership_story')] ?? 0;
  return {
    kind: leadership >= 0.5 ? 'leadership_story' : 'other',
    kindConfidence: round(Math.max(leadership, 1 - leadership)),
    themes: ranked(model.theme, classify(model.theme, features), 0.05),
    competencies: ranked(model.competency, classify(model.competency, features), 0.1).slice(0, 3),
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
