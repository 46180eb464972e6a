/**
 * `npm run eval:questions`: how well the question classifier does, on k-fold cross-validation of
 * its own corpus and on held-out questions written separately (tests/fixtures/question-holdout.json).
 * Prints a report and writes it into BENCHMARKS.md between the question markers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { crossValidate } from '../lib/domain/question-training';
import { type QuestionModel, understandQuestion } from '../lib/domain/question-understanding';
import { COMPETENCY_IDS } from '../lib/guide/competencies';
import { questionCorpus } from '../lib/guide/question-corpus';
import { questionSynonyms } from '../lib/guide/question-synonyms';
import { THEME_IDS } from '../lib/guide/themes';
import holdout from '../tests/fixtures/question-holdout.json';
import model from '../lib/guide/question-model.json';

type Case = { text: string; kind: 'leadership_story' | 'other'; theme: string | null };
type Outcome = Case & { predicted: ReturnType<typeof understandQuestion> };

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

function score(outcomes: Outcome[]) {
  const leadership = outcomes.filter((o) => o.kind === 'leadership_story');
  const themeHits = leadership.filter((o) => o.predicted.themes[0]?.id === o.theme).length;
  const declined = outcomes.filter((o) => o.predicted.kind === 'other');
  const shouldDecline = outcomes.filter((o) => o.kind === 'other');
  const rightDeclines = declined.filter((o) => o.kind === 'other').length;
  const perTheme = THEME_IDS.map((id) => {
    const predicted = leadership.filter((o) => o.predicted.themes[0]?.id === id);
    const actual = leadership.filter((o) => o.theme === id);
    const hits = predicted.filter((o) => o.theme === id).length;
    return `| ${id} | ${pct(hits, predicted.length)} | ${pct(hits, actual.length)} | ${actual.length} |`;
  });
  // Calibration: does a top theme stated with confidence c turn out right about c of the time?
  const bins = [0, 0.4, 0.6, 0.8, 0.9, 1.0001];
  const calibration = bins.slice(0, -1).map((lo, i) => {
    const hi = bins[i + 1]!;
    const inBin = leadership.filter((o) => (o.predicted.themes[0]?.confidence ?? 0) >= lo && (o.predicted.themes[0]?.confidence ?? 0) < hi);
    const mean = inBin.reduce((s, o) => s + (o.predicted.themes[0]?.confidence ?? 0), 0) / (inBin.length || 1);
    const right = inBin.filter((o) => o.predicted.themes[0]?.id === o.theme).length;
    return `| ${lo.toFixed(1)}–${Math.min(hi, 1).toFixed(1)} | ${inBin.length} | ${inBin.length ? mean.toFixed(2) : '–'} | ${pct(right, inBin.length)} |`;
  });
  return {
    summary: [
      `| top-1 theme accuracy (leadership questions) | ${pct(themeHits, leadership.length)} (${themeHits}/${leadership.length}) |`,
      `| decline precision (declined and should have) | ${pct(rightDeclines, declined.length)} (${rightDeclines}/${declined.length}) |`,
      `| decline recall (questions needing no story that were declined) | ${pct(rightDeclines, shouldDecline.length)} (${rightDeclines}/${shouldDecline.length}) |`,
    ].join('\n'),
    perTheme: perTheme.join('\n'),
    calibration: calibration.join('\n'),
  };
}

const classes = { themes: THEME_IDS, competencies: COMPETENCY_IDS };
const cv: Outcome[] = crossValidate(questionCorpus, questionSynonyms, classes).map(({ question, model: foldModel }) => ({
  text: question.text,
  kind: question.kind,
  theme: question.themes[0] ?? null,
  predicted: understandQuestion(question.text, foldModel, questionSynonyms),
}));
const held: Outcome[] = (holdout as Case[]).map((q) => ({
  ...q,
  predicted: understandQuestion(q.text, model as QuestionModel, questionSynonyms),
}));

const [a, b] = [score(cv), score(held)];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
const section = `<!-- questions:start -->
## Question understanding

Written by \`npm run eval:questions\` on ${new Date().toISOString()} (${machine}). Naive Bayes over stemmed
words and word pairs with platform synonyms folded, temperatures fitted by 5-fold cross-validation.

### 5-fold cross-validation on the training corpus (${questionCorpus.length} questions)

| measure | result |
|---|---|
${a.summary}

| theme | precision | recall | questions |
|---|---|---|---|
${a.perTheme}

| stated top-theme confidence | questions | mean confidence | right |
|---|---|---|---|
${a.calibration}

### Held-out questions, never trained on (${held.length}, tests/fixtures/question-holdout.json)

| measure | result |
|---|---|
${b.summary}

| theme | precision | recall | questions |
|---|---|---|---|
${b.perTheme}

| stated top-theme confidence | questions | mean confidence | right |
|---|---|---|---|
${b.calibration}
<!-- questions:end -->`;

console.log(section);
const file = 'BENCHMARKS.md';
const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
const marked = /<!-- questions:start -->[\s\S]*<!-- questions:end -->/;
writeFileSync(file, marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`);
