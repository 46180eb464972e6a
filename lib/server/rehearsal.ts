import 'server-only';
import { promptQueries } from '@/db/queries/prompts';
import {
  listDueCardIdsByUser,
  deletePromptCardsByPrompt,
  getCard,
  listRehearsals,
  getRehearsal,
  insertRehearsal,
  listRecentDrawsByUser,
  recordDraw,
  listRehearsalFactsByUser,
} from '@/db/queries/rehearsals';
import { getStoryById, countReadyThemesByUser } from '@/db/queries/stories';
import { drawMockInterview, drawPrompt, shuffle, type DrawContext } from '@/lib/domain/prompt-draw';
import type { RandomSource } from '@/lib/domain/random';
import { computeRehearsalStats } from '@/lib/domain/rehearsal-stats';
import { scheduleReview } from '@/lib/domain/review-schedule';
import { builtInPrompts, THEME_IDS } from '@/lib/guide';
import type { RoundKind } from '@/lib/guide/enums';
import { NO_STORY_PROMPT_PREFIX, noStoryPrompts } from '@/lib/guide/prompts';
import type { PromptDto, RehearsalDto, RehearsalLogInput } from '@/lib/validation/rehearsal';
import { ownedService } from './owned-service';
import { AppError, notFound } from '@/lib/errors';
import { getRecordingMeta, listRecordingMetaByRehearsals } from '@/db/queries/recordings';
import { presentRecording } from './recordings';
import { matchQuestionFor } from './question-match';
import { roleService } from './roles';

const noStoryPromptDtos: PromptDto[] = noStoryPrompts.map((p) => ({ id: p.id, text: p.text, themes: [], competencies: [], builtIn: true }));

/** Built-in prompts followed by the user's own (and the no-story ones a round may draw, which can be logged too). */
export function promptsFor(userId: string): PromptDto[] {
  const own = promptQueries
    .list({ userId })
    .map((p) => ({ id: p.id, text: p.text, themes: p.themes, competencies: p.competencies, builtIn: false }));
  return [...builtInPrompts.map((p) => ({ ...p, builtIn: true })), ...own, ...noStoryPromptDtos];
}

/** The prompts an ordinary draw picks from: no-story questions come only with a round that asks them. */
const drawable = (prompts: PromptDto[]) => prompts.filter((p) => !p.id.startsWith(NO_STORY_PROMPT_PREFIX));

/** A role's focus for rehearsal: each theme's share of its posting's emphasis (404 for a role the user does not own). */
function focusOf(userId: string, roleId: string | undefined): Record<string, number> | undefined {
  if (!roleId) return undefined;
  return Object.fromEntries(roleService.get(userId, roleId).analysis.themes.map((t) => [t.id, t.weight]));
}

function drawContext(
  userId: string,
  prompts: PromptDto[],
  now: Date,
  random: RandomSource,
  themeFocus?: Record<string, number>,
): DrawContext {
  const counts = countReadyThemesByUser({ userId });
  return {
    themeFocus,
    themeStrength: Object.fromEntries(THEME_IDS.map((t) => [t, Math.min(2, counts[t] ?? 0)])),
    dueIds: new Set(listDueCardIdsByUser({ userId, now: now.toISOString(), promptIds: prompts.map((p) => p.id) })),
    recentIds: listRecentDrawsByUser({ userId }),
    random,
  };
}

const withSuggestions = (userId: string, prompt: PromptDto) => {
  const { items, missingTheme, note } = matchQuestionFor(userId, prompt.text, prompt.themes);
  return { prompt, suggestions: items, missingTheme, note };
};

export function drawFor(
  userId: string,
  { theme, roleId }: { theme?: string; roleId?: string },
  now: Date,
  random: RandomSource = Math.random,
) {
  const prompts = drawable(promptsFor(userId));
  const prompt = drawPrompt(prompts, drawContext(userId, prompts, now, random, focusOf(userId, roleId)), theme);
  if (!prompt) throw new AppError('not_found', 'No prompts for that theme yet. Add one of your own.');
  recordDraw({ userId, promptId: prompt.id });
  return withSuggestions(userId, prompt);
}

/** How many of a mock's five prompts a round spends on questions that need no story. */
const NO_STORY_SHARE: Partial<Record<RoundKind, { count: number; round: 'recruiter' | 'technical' }>> = {
  recruiter: { count: 3, round: 'recruiter' },
  technical: { count: 2, round: 'technical' },
  system_design: { count: 2, round: 'technical' },
};

export function mockInterviewFor(
  userId: string,
  { roleId, round }: { roleId?: string; round?: RoundKind },
  now: Date,
  random: RandomSource = Math.random,
) {
  const prompts = drawable(promptsFor(userId));
  const ctx = drawContext(userId, prompts, now, random, focusOf(userId, roleId));
  const share = round ? NO_STORY_SHARE[round] : undefined;
  const noStory = share
    ? shuffle(
        noStoryPromptDtos.filter((p) => noStoryPrompts.find((n) => n.id === p.id)!.round === share.round),
        random,
      ).slice(0, share.count)
    : [];
  // A round's own questions open the interview, as a recruiter would; the leadership prompts follow.
  const chosen = [...noStory, ...drawMockInterview(prompts, THEME_IDS, ctx, 5 - noStory.length)];
  for (const p of chosen) recordDraw({ userId, promptId: p.id });
  return { items: chosen.map((p) => withSuggestions(userId, p)) };
}

export function logRehearsalFor(userId: string, input: RehearsalLogInput, now: Date) {
  const prompt = promptsFor(userId).find((p) => p.id === input.promptId);
  // Another user's prompt id gets the same answer as one that never existed.
  if (!prompt) throw new AppError('bad_request', 'No such prompt.', { promptId: ['No such prompt.'] });
  if (input.storyId != null && !getStoryById({ userId, id: input.storyId })) {
    throw new AppError('bad_request', 'No such story.', { storyId: ['No such story.'] });
  }
  const card = scheduleReview(getCard({ userId, promptId: prompt.id }), input.rating, now);
  const saved = insertRehearsal({
    userId,
    values: { ...input, promptText: prompt.text, themes: prompt.themes },
    card,
  });
  return { ...saved, nextDue: card.due };
}

export function statsFor(userId: string, now: Date) {
  const prompts = promptsFor(userId);
  const due = listDueCardIdsByUser({ userId, now: now.toISOString(), promptIds: prompts.map((p) => p.id) }).length;
  return computeRehearsalStats(listRehearsalFactsByUser({ userId }), THEME_IDS, now, due);
}

export const promptService = ownedService({
  what: 'prompt',
  queries: promptQueries,
  present: (rows) =>
    rows.map((p): PromptDto => ({ id: p.id, text: p.text, themes: p.themes, competencies: p.competencies, builtIn: false })),
  onRemove: (userId, id) => deletePromptCardsByPrompt({ userId, promptId: id }),
});

/** Rehearsals, newest first, each with its recording (or null). */
export function listRehearsalsFor(userId: string): RehearsalDto[] {
  const rows = listRehearsals({ userId });
  const byRehearsal = new Map(
    listRecordingMetaByRehearsals({ userId, rehearsalIds: rows.map((r) => r.id) }).map((m) => [m.rehearsalId, presentRecording(m)]),
  );
  return rows.map((r) => ({ ...r, recording: byRehearsal.get(r.id) ?? null }));
}

export function rehearsalFor(userId: string, id: string): RehearsalDto {
  const row = getRehearsal({ userId, id });
  if (!row) throw notFound('rehearsal');
  const meta = getRecordingMeta({ userId, rehearsalId: id });
  return { ...row, recording: meta ? presentRecording(meta) : null };
}
