/**
 * `npm run eval:questions`: how well Starboard understands interview questions.
 *  1. k-fold cross-validation on its own training corpus;
 *  2. held-out questions written separately in other voices (tests/fixtures/question-holdout.json);
 *  3. the acceptance check: a fresh account with five ready stories, one per theme, asked every
 *     held-out question through the real match use-case (SQLite, FTS5, ranking, declining).
 * Prints a report and writes it into BENCHMARKS.md between the question markers.
 * `--misses` also lists what it got wrong.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { crossValidate } from '../lib/domain/question-training';
import { type QuestionModel, type QuestionUnderstanding, understandQuestionWith } from '../lib/domain/question-understanding';
import { COMPETENCY_IDS } from '../lib/guide/competencies';
import { questionCorpus } from '../lib/guide/question-corpus';
import model from '../lib/guide/question-model.json';
import { questionLexicon } from '../lib/guide/question-lexicon';
import { THEME_IDS } from '../lib/guide/themes';
import holdout from '../tests/fixtures/question-holdout.json';

type Case = { text: string; kind: 'leadership_story' | 'other'; theme: string | null };
type Outcome = Case & { predicted: QuestionUnderstanding };

const showMisses = process.argv.includes('--misses');
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

/** The acceptance check, end to end: a real database with the real migrations and five ready stories. */
async function acceptance(cases: Case[]) {
  const dir = mkdtempSync(join(tmpdir(), 'starboard-eval-'));
  process.env.DATABASE_PATH = join(dir, 'eval.db');
  try {
    const { createUser } = await import('../db/queries/users');
    const { storyService } = await import('../lib/server/stories');
    const { matchQuestionFor } = await import('../lib/server/question-match');
    const { storyCreateSchema } = await import('../lib/validation/story');
    const { fiveReadyStories } = await import('../tests/fixtures/five-stories');
    const user = createUser({ email: 'eval@starboard.local', name: 'Eval', passwordHash: 'unused' })!;
    const themeOf = new Map<string, string>();
    for (const source of fiveReadyStories) {
      const story = storyService.create(user.id, storyCreateSchema.parse(source));
      if (!story.ready) throw new Error(`the acceptance story "${story.title}" is not ready`);
      themeOf.set(story.id, source.themes[0]!);
    }
    const results = cases.map((c) => ({ c, match: matchQuestionFor(user.id, c.text) }));
    const leadership = results.filter((r) => r.c.kind === 'leadership_story');
    const others = results.filter((r) => r.c.kind === 'other');
    const firstRight = leadership.filter((r) => r.match.items[0] && themeOf.get(r.match.items[0].story.id) === r.c.theme);
    const declined = others.filter((r) => r.match.items.length === 0);
    const explained = results.filter((r) => r.match.items.every((i) => i.why.length > 0) && (r.match.items.length > 0 || r.match.note));
    if (showMisses) {
      for (const r of leadership.filter((x) => !firstRight.includes(x))) {
        const first = r.match.items[0] ? themeOf.get(r.match.items[0].story.id) : `declined: ${r.match.note}`;
        console.log(`[miss ${r.c.theme} -> ${first}] ${r.c.text}`);
      }
      for (const r of others.filter((x) => !declined.includes(x))) console.log(`[not declined] ${r.c.text} -> ${r.match.items[0]?.why}`);
    }
    return [
      `| right-theme story first (leadership questions) | ${pct(firstRight.length, leadership.length)} (${firstRight.length}/${leadership.length}) | ≥ 90% |`,
      `| \`items: []\` for questions needing no story | ${pct(declined.length, others.length)} (${declined.length}/${others.length}) | ≥ 80% |`,
      `| answered with a match and \`why\`, or a note saying why not | ${pct(explained.length, results.length)} (${explained.length}/${results.length}) | 100% |`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const classes = { themes: THEME_IDS, competencies: COMPETENCY_IDS };
  const cv: Outcome[] = crossValidate(questionCorpus, questionLexicon, classes).map(({ question, model: foldModel }) => ({
    text: question.text,
    kind: question.kind,
    theme: question.themes[0] ?? null,
    predicted: understandQuestionWith(question.text, foldModel, questionLexicon),
  }));
  const held: Outcome[] = (holdout as Case[]).map((q) => ({
    ...q,
    predicted: understandQuestionWith(q.text, model as QuestionModel, questionLexicon),
  }));
  const [a, b] = [score(cv), score(held)];
  const accepted = await acceptance(holdout as Case[]);
  const { thresholds } = model as QuestionModel;
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
  const section = `<!-- questions:start -->
## Question understanding

Written by \`npm run eval:questions\` on ${new Date().toISOString()} (${machine}). Naive Bayes over stemmed
words and word pairs with platform synonyms folded; smoothing, temperatures and the two decision thresholds
(a question needs a story at P(leadership) ≥ ${thresholds.leadership}; a story is suggested when its theme has ≥ ${thresholds.fit} of the likeliest theme's probability)
chosen by 5-fold cross-validation on the corpus.

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

### Acceptance: a fresh account with five ready stories (one per theme), every held-out question through \`matchQuestionFor\`

| measure | result | target |
|---|---|---|
${accepted}
<!-- questions:end -->`;

  console.log(section);
  const file = 'BENCHMARKS.md';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const marked = /<!-- questions:start -->[\s\S]*<!-- questions:end -->/;
  writeFileSync(file, marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`);
}

void main();
