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

/** Themes a question points at, by keyword. */
export function inferThemes(text: string, keywords: Readonly<Record<string, string[]>>): string[] {
  const lower = ` ${text.toLowerCase()}`;
  return Object.entries(keywords)
    .filter(([, stems]) => stems.some((s) => lower.includes(` ${s}`) || lower.includes(`-${s}`)))
    .map(([theme]) => theme);
}

type Matchable = { themes: string[]; text: string };
export type MatchCandidate<S extends Matchable> = { story: S; bm25: number | null };
/** A ranked story, without the search text it was ranked on. */
export type StoryMatch<S extends Matchable> = { story: Omit<S, 'text'>; score: number; why: string };

const stemOf = (term: string) => term.slice(0, Math.max(4, term.length - 2));
const THEME_BOOST = 1;

/**
 * Ranks stories for a question: full-text relevance (bm25, lower is better) scaled to 0..1,
 * plus 1 for each theme the question and story share, so a story on the right theme beats a
 * stray shared word. Explains each pick.
 */
export function rankStoryMatches<S extends Matchable>(
  candidates: readonly MatchCandidate<S>[],
  question: { terms: string[]; themes: string[] },
  themeLabel: (id: string) => string,
  limit = 3,
): StoryMatch<S>[] {
  const best = Math.max(0, ...candidates.map((c) => (c.bm25 === null ? 0 : -c.bm25)));
  return candidates
    .map((c) => {
      const text = best > 0 && c.bm25 !== null ? -c.bm25 / best : 0;
      const sharedThemes = c.story.themes.filter((t) => question.themes.includes(t));
      const storyWords = new Set(words(c.story.text.toLowerCase()));
      const matched = question.terms.filter((t) => [...storyWords].some((w) => w.startsWith(stemOf(t))));
      const parts = [
        sharedThemes.length ? `theme: ${sharedThemes.map(themeLabel).join(', ')}` : '',
        matched.length ? `words: ${matched.slice(0, 5).join(', ')}` : '',
      ].filter(Boolean);
      const { text: _text, ...story } = c.story;
      const match: StoryMatch<S> = {
        story,
        score: Math.round((text + THEME_BOOST * sharedThemes.length) * 100) / 100,
        why: parts.join('; '),
      };
      return match;
    })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ story, score, why }) => ({ story, score, why }));
}
