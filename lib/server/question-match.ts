import 'server-only';
import { hasReadyStoryOnTheme, listStoriesForMatch, listStoryMatchCandidates } from '@/db/queries/stories';
import { questionModel, understandQuestion } from '@/lib/domain/question';
import type { Confidence, QuestionUnderstanding } from '@/lib/domain/question-understanding';
import { explainMatch, queryTerms, rankStoryMatches } from '@/lib/domain/story-match';
import { competencyLabel, themeLabel } from '@/lib/guide';
import { questionCategoryOf } from '@/lib/guide/question-categories';
import type { MissingThemeDto, QuestionDto } from '@/lib/validation/rehearsal';

const labelled = (list: Confidence[], label: (id: string) => string) =>
  list.map((c) => ({ id: c.id, label: label(c.id), confidence: c.confidence }));

/** A question as the API shows it: what it asks for, with labels for people. */
export function presentQuestion(understood: QuestionUnderstanding): QuestionDto {
  return {
    kind: understood.kind,
    kindConfidence: understood.kindConfidence,
    themes: labelled(understood.themes, themeLabel),
    competencies: labelled(understood.competencies, competencyLabel),
    category: understood.category ? { ...understood.category, label: questionCategoryOf(understood.category.id).label } : null,
  };
}

/** What a question asks for, labelled (no stories involved). */
export function understandFor(text: string): QuestionDto {
  return presentQuestion(understandQuestion(text));
}

const percent = (p: number) => `${Math.round(p * 100)}%`;

/**
 * Stories ranked for a question, or an empty list with the reason when none should be told.
 * `themes` are a prompt's own labels when it has them: they stand in for the inferred themes with
 * full confidence, since a person chose them.
 */
export function matchQuestionFor(userId: string, text: string, themes: readonly string[] = []) {
  const understood = understandQuestion(text);
  const question = presentQuestion(understood);
  const chosenThemes = themes.length ? themes.map((id) => ({ id, confidence: 1 })) : understood.themes;
  if (themes.length === 0 && understood.kind === 'other') {
    const about = questionCategoryOf(understood.category?.id ?? '').about;
    return { question, items: [], missingTheme: null, note: `This asks about ${about}, not a leadership story. Answer it directly.` };
  }
  // A story must be on a theme nearly as likely as the question's likeliest one, or it answers another question.
  const minFit = questionModel.thresholds.fit * Math.max(0, ...chosenThemes.map((t) => t.confidence));
  const terms = queryTerms(text);
  const worthSearching = chosenThemes.filter((t) => t.confidence >= minFit).map((t) => t.id);
  const candidates = listStoryMatchCandidates({ userId, terms, themes: worthSearching }).map(({ bm25, ...story }) => ({ story, bm25 }));
  const ranked = rankStoryMatches(candidates, { themes: chosenThemes, competencies: understood.competencies }, { minFit });
  // Only the few suggestions need their text: for the cue cards and the words they share with the question.
  const full = new Map(listStoriesForMatch({ userId, ids: ranked.map((r) => r.story.id) }).map((s) => [s.id, s]));
  const labels = { theme: themeLabel, competency: competencyLabel };
  const items = ranked.flatMap((r) => {
    const story = full.get(r.story.id);
    if (!story) return [];
    const text = [story.title, story.situation, story.task, story.action, story.result].join(' ');
    return [{ story, score: r.score, why: explainMatch(r, terms, text, labels) }];
  });
  const top = chosenThemes[0];
  const missingTheme: MissingThemeDto =
    top && !hasReadyStoryOnTheme({ userId, theme: top.id })
      ? { id: top.id, label: themeLabel(top.id), href: `/stories/new?theme=${top.id}` }
      : null;
  if (items.length > 0) return { question, items, missingTheme, note: null };
  const note = !top
    ? 'Starboard cannot tell which theme this asks about. Pick a story yourself.'
    : missingTheme
      ? `No ready story covers ${themeLabel(top.id).toLowerCase()} yet.`
      : `No story fits this question closely enough. It reads most like ${themeLabel(top.id).toLowerCase()} (${percent(top.confidence)} likely).`;
  return { question, items, missingTheme, note };
}
