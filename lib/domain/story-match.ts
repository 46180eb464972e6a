import type { Confidence } from './question-understanding';
import { words } from './text-stats';

const QUESTION_FLUFF = new Set(
  (
    'a an and are as at be been but by can could describe did do does example for from give had has have how i if in into is it ' +
    'me my of on or our so some tell than that the their them then there they this through time times to up us walk was we ' +
    'were what when where which while who why will with would you your about after before did during last most one ever ' +
    'team teams another someone going example project situation handled'
  ).split(' '),
);

/** The words of a question worth searching for. */
export function queryTerms(text: string): string[] {
  return [...new Set(words(text.toLowerCase()).filter((w) => w.length > 2 && !QUESTION_FLUFF.has(w)))];
}

type Matchable = { id: string; themes: string[]; competencies: string[]; ready: boolean };
export type MatchCandidate<S extends Matchable> = { story: S; bm25: number | null };
/** A ranked story with what it was ranked on, before its explanation is written. */
export type RankedStory<S extends Matchable> = { story: S; score: number; theme: Confidence; competencies: string[] };

/** What the ranking needs to know about a question: theme and competency probabilities, and its search words. */
export type MatchQuestion = { themes: Confidence[]; competencies: Confidence[]; terms: string[] };

export type MatchLabels = { theme: (id: string) => string; competency: (id: string) => string };

const stemOf = (term: string) => term.slice(0, Math.max(4, term.length - 2));
const percent = (p: number) => `${Math.round(p * 100)}%`;

/** A draft still ranks on its theme, but always below a ready story on the same themes. */
const DRAFT_WEIGHT = 0.5;
/** How far text and competency relevance can lift a story within its theme (kept below 1 - DRAFT_WEIGHT). */
const RELEVANCE_WEIGHT = 0.3;

/**
 * Ranks stories for a question. The question's theme probabilities decide first: a story's fit is
 * the probability mass of the themes it covers. Within that, full-text relevance (bm25, lower is
 * better, scaled to 0..1) and shared competencies lift a story, and a draft weighs half a ready
 * story. Stories whose fit is under `minFit` are not suggested at all. Needs no story text.
 */
export function rankStoryMatches<S extends Matchable>(
  candidates: readonly MatchCandidate<S>[],
  question: Omit<MatchQuestion, 'terms'>,
  { minFit, limit = 3 }: { minFit: number; limit?: number },
): RankedStory<S>[] {
  const best = Math.max(0, ...candidates.map((c) => (c.bm25 === null ? 0 : -c.bm25)));
  const competencyMass = question.competencies.reduce((sum, c) => sum + c.confidence, 0);
  return candidates
    .flatMap((c) => {
      const shared = question.themes.filter((t) => c.story.themes.includes(t.id));
      const fit = Math.min(
        1,
        shared.reduce((sum, t) => sum + t.confidence, 0),
      );
      if (shared.length === 0 || fit < minFit) return [];
      const text = best > 0 && c.bm25 !== null ? -c.bm25 / best : 0;
      const sharedCompetencies = question.competencies.filter((q) => c.story.competencies.includes(q.id));
      const competency = competencyMass > 0 ? sharedCompetencies.reduce((sum, q) => sum + q.confidence, 0) / competencyMass : 0;
      const relevance = 0.7 * text + 0.3 * competency;
      const score = fit * ((c.story.ready ? 1 : DRAFT_WEIGHT) + RELEVANCE_WEIGHT * relevance);
      return [
        { story: c.story, score: Math.round(score * 1000) / 1000, theme: shared[0]!, competencies: sharedCompetencies.map((q) => q.id) },
      ];
    })
    .sort((a, b) => b.score - a.score || a.story.id.localeCompare(b.story.id))
    .slice(0, limit);
}

/** Why a story was suggested: the theme with its confidence, the question's words it shares, what it shows, and whether it is a draft. */
export function explainMatch(ranked: RankedStory<Matchable>, terms: readonly string[], storyText: string, labels: MatchLabels): string {
  const storyWords = words(storyText.toLowerCase());
  const matched = terms.filter((t) => storyWords.some((w) => w.startsWith(stemOf(t))));
  const { theme } = ranked;
  return [
    `theme: ${labels.theme(theme.id)}${theme.confidence < 1 ? ` (${percent(theme.confidence)} likely)` : ''}`,
    matched.length ? `words: ${matched.slice(0, 5).join(', ')}` : '',
    ranked.competencies.length ? `shows: ${ranked.competencies.map(labels.competency).join(', ')}` : '',
    ranked.story.ready ? '' : 'still a draft',
  ]
    .filter(Boolean)
    .join('; ');
}
