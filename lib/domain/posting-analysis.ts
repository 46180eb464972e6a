import type { QuestionUnderstanding } from './question-understanding';
import { escapeRegExp, mentions } from './text-stats';

/** Something a posting stresses: how much (a share of the posting's emphasis, 0..1) and the sentences that drove it. */
export type Stressed = { id: string; weight: number; evidence: string[] };
export type PostingAnalysis = { themes: Stressed[]; competencies: Stressed[]; painPoints: Stressed[]; missingTerms: string[] };

const MAX_SENTENCES = 400;
const MAX_EVIDENCE = 3;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A posting's sentences: lines, bullet items and sentences within them, without bullet marks.
 * Fragments of fewer than three words (headings, "Remote", "Apply now") are dropped.
 */
export function postingSentences(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n+|(?<=[.!?;])\s+(?=[A-Z0-9"“(])/u)
    .map((line) => line.replace(/^\s*(?:[•·▪◦●*–—-]|\d+[.)])\s*/u, '').trim())
    .filter((line) => line.split(/\s+/).length >= 3)
    .map((line) => (line.length > 400 ? `${line.slice(0, 397)}…` : line))
    .slice(0, MAX_SENTENCES);
}

/** Turns per-sentence scores into shares of the whole, strongest first, with the sentences that scored most. */
function stressed(scores: Map<string, { total: number; bySentence: [string, number][] }>, minEvidence: number): Stressed[] {
  const all = [...scores.values()].reduce((sum, s) => sum + s.total, 0);
  if (all === 0) return [];
  return [...scores.entries()]
    .map(([id, s]) => ({
      id,
      weight: round2(s.total / all),
      evidence: s.bySentence
        .filter(([, score]) => score >= minEvidence)
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_EVIDENCE)
        .map(([sentence]) => sentence),
    }))
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
}

function add(scores: Map<string, { total: number; bySentence: [string, number][] }>, id: string, sentence: string, score: number) {
  const entry = scores.get(id) ?? { total: 0, bySentence: [] };
  entry.total += score;
  entry.bySentence.push([sentence, score]);
  scores.set(id, entry);
}

/** One pattern per lexicon entry list: phrases on word boundaries, a trailing `*` for any ending. */
export function lexiconPattern(phrases: readonly string[]): RegExp {
  const parts = phrases.map((p) => (p.endsWith('*') ? `${escapeRegExp(p.slice(0, -1))}[\\p{L}\\p{N}'-]*` : escapeRegExp(p)));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

// Capitalised words that are grammar, headings or boilerplate rather than the name of a tool or practice.
const NOT_TERMS = new Set(
  (
    'a about above across after all also an and any are as at be because been before being benefits both but by can could ' +
    'do does each either equal every experience for from full great had has have help here how if in including into is it its ' +
    'join just lead like make may more most must new no not of on one opportunity or our out over own per plus preferred ' +
    'qualifications remote requirements responsibilities role should so some strong such team than that the their them then ' +
    'there these they this those through to us very via want was we well were what when where which while who why will with ' +
    'within work would year years you your employer employment status race color religion gender sex sexual orientation ' +
    'national origin disability veteran age identity expression marital pregnancy applicants apply candidates salary bonus ' +
    'equity health dental vision insurance parental leave pto holidays hybrid office days week monday friday january february ' +
    'march april june july august september october november december nice bonus manager engineering engineer engineers senior ' +
    'staff principal director head lead leading building build company mission values culture customers product products ' +
    'ii iii iv series systems finance hr vp cto ceo cfo coo usd eur gbp inc ltd llc gmbh plc ' +
    // Places: a posting's location is not a skill to show.
    'america american north south east west europe european asia pacific united states kingdom san francisco york london ' +
    'berlin paris dublin amsterdam lisbon madrid toronto seattle austin boston chicago denver bangalore bengaluru singapore sydney'
  ).split(' '),
);

/**
 * The posting's notable terms: names of tools and practices (capitalised mid-sentence, acronyms,
 * words with digits or symbols such as k8s or CI/CD) and long words it repeats, most frequent first.
 */
export function notableTerms(text: string, exclude: readonly string[] = []): string[] {
  const excluded = new Set(exclude.flatMap((e) => e.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  // A word the posting also writes in lower case is an ordinary word capitalised by a heading, not a name.
  const lowerCaseWords = new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{N}-]*/gu) ?? []);
  const counts = new Map<string, { term: string; n: number; first: number }>();
  let position = 0;
  for (const sentence of postingSentences(text)) {
    // A heading in capitals ("WHAT YOU WILL BRING") capitalises every word; none of them is a name.
    const letters = sentence.replace(/[^\p{L}]/gu, '');
    if (letters.length > 8 && letters.replace(/\P{Lu}/gu, '').length / letters.length > 0.7) continue;
    const tokens = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}+#./-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? [];
    tokens.forEach((raw, i) => {
      const token = raw.replace(/[./-]+$/, '');
      const lower = token.toLowerCase();
      if (token.length < 2 || NOT_TERMS.has(lower) || excluded.has(lower)) return;
      // Numbers, sizes and offsets ("600-person", "2+", "UTC+3") are not terms to learn.
      if (/^\d/.test(token) || /[+-]\d+$/.test(token)) return;
      const acronym = /^[A-Z][A-Z0-9+#/&.-]{1,7}$/.test(token) && /[A-Z]{2}/.test(token) && !lowerCaseWords.has(lower);
      const named = i > 0 && /^\p{Lu}/u.test(token) && /\p{Ll}/u.test(token) && !lowerCaseWords.has(lower);
      const technical = (/\d/.test(token) && /\p{L}/u.test(token)) || /[/+#]/.test(token);
      if (!acronym && !named && !technical) return;
      const entry = counts.get(lower) ?? { term: token, n: 0, first: position };
      entry.n++;
      counts.set(lower, entry);
      position++;
    });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((c) => c.term);
}

export type PostingAnalysisDeps = {
  understand: (sentence: string) => QuestionUnderstanding;
  painPointLexicon: Readonly<Record<string, readonly string[]>>;
  /** Everything the user has written as evidence (stories, case studies, metrics), for the terms it never mentions. */
  evidenceText: string;
  /** Words never reported as missing terms (the company's own name). */
  exclude?: readonly string[];
  maxMissingTerms?: number;
};

/**
 * What a job posting stresses, sentence by sentence: leadership themes and guide competencies (read
 * with the question classifier, each sentence weighed by how much it is about leadership at all),
 * pain points (by the lexicon), and its notable terms that the user's evidence never mentions.
 */
export function analyzePosting(text: string, deps: PostingAnalysisDeps): PostingAnalysis {
  const themes = new Map<string, { total: number; bySentence: [string, number][] }>();
  const competencies = new Map<string, { total: number; bySentence: [string, number][] }>();
  const painPoints = new Map<string, { total: number; bySentence: [string, number][] }>();
  const patterns = Object.entries(deps.painPointLexicon).map(([id, phrases]) => [id, lexiconPattern(phrases)] as const);
  for (const sentence of postingSentences(text)) {
    const understood = deps.understand(sentence);
    // Benefits, logistics and tool lists read as "needs no story": they say little about the leadership asked for.
    const leadership = understood.kind === 'leadership_story' ? understood.kindConfidence : 1 - understood.kindConfidence;
    for (const t of understood.themes) add(themes, t.id, sentence, leadership * t.confidence);
    for (const c of understood.competencies) add(competencies, c.id, sentence, leadership * c.confidence);
    for (const [id, pattern] of patterns) if (pattern.test(sentence)) add(painPoints, id, sentence, 1);
  }
  const evidence = deps.evidenceText.toLowerCase();
  return {
    themes: stressed(themes, 0.35),
    competencies: stressed(competencies, 0.2),
    painPoints: stressed(painPoints, 1),
    missingTerms: notableTerms(text, deps.exclude)
      .filter((term) => !mentions(evidence, term))
      .slice(0, deps.maxMissingTerms ?? 15),
  };
}
