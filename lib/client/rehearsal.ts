import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { RehearsalStats } from '@/lib/domain/rehearsal-stats';
import type { RecordingAnalysis, RecordingDto } from '@/lib/validation/recording';
import type { MissingThemeDto, PromptDto, QuestionDto, RehearsalDto, RehearsalLogInput } from '@/lib/validation/rehearsal';
import type { StoryDto } from '@/lib/validation/story';
import { apiFetch } from './fetch';

export type SuggestedStory = {
  story: Pick<StoryDto, 'id' | 'title' | 'situation' | 'task' | 'action' | 'result' | 'themes' | 'ready'>;
  score: number;
  why: string;
};
export type MissingTheme = MissingThemeDto;
export type DrawnPrompt = { prompt: PromptDto; suggestions: SuggestedStory[]; missingTheme: MissingTheme; note: string | null };
/** The answer to "which story answers this question?" */
export type QuestionMatch = { question: QuestionDto; items: SuggestedStory[]; missingTheme: MissingTheme; note: string | null };

const keys = { stats: ['rehearsals', 'stats'] as const, history: ['rehearsals', 'history'] as const };

export const statsQuery = () =>
  queryOptions({ queryKey: keys.stats, queryFn: () => apiFetch<RehearsalStats>('/api/v1/rehearsals/stats'), staleTime: 0 });
export const historyQuery = () =>
  queryOptions({
    queryKey: keys.history,
    queryFn: () => apiFetch<{ items: RehearsalDto[] }>('/api/v1/rehearsals').then((r) => r.items),
    staleTime: 0,
  });

/** Drawing records the draw server-side (for the no-repeat rule), so it is a mutation. */
const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));

export function useDraw() {
  return useMutation({
    mutationFn: (options: { theme?: string; roleId?: string } = {}) =>
      apiFetch<DrawnPrompt>('/api/v1/rehearsals/draw', { method: 'POST', json: defined(options) }),
  });
}

export function useMockInterview() {
  return useMutation({
    mutationFn: (options: { roleId?: string; round?: string } = {}) =>
      apiFetch<{ items: DrawnPrompt[] }>('/api/v1/rehearsals/mock', { method: 'POST', json: defined(options) }).then((r) => r.items),
  });
}

export function useLogRehearsal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<RehearsalLogInput> & Pick<RehearsalLogInput, 'promptId' | 'durationSeconds' | 'rating'>) =>
      apiFetch<RehearsalDto & { nextDue: string }>('/api/v1/rehearsals', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['rehearsals'] }),
  });
}

export function useMatchQuestion() {
  return useMutation({
    mutationFn: (q: string) => apiFetch<QuestionMatch>(`/api/v1/stories/match?q=${encodeURIComponent(q)}`),
  });
}

/** What a question asks for (themes, confidence), without stories: the prompt form pre-fills from it. */
export function understandQuestionText(q: string, signal?: AbortSignal) {
  return apiFetch<{ question: QuestionDto }>(`/api/v1/questions/understand?q=${encodeURIComponent(q)}`, { signal }).then((r) => r.question);
}

/** Saves a take for a logged rehearsal: the audio as the body, the browser's analysis beside it. */
export function useUploadRecording() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ rehearsalId, blob, analysis }: { rehearsalId: string; blob: Blob; analysis: RecordingAnalysis }) => {
      const { pauses, durationSeconds, speakingSeconds, pauseCount, longestPauseSeconds } = analysis;
      const query = encodeURIComponent(JSON.stringify({ durationSeconds, speakingSeconds, pauseCount, longestPauseSeconds, pauses }));
      return apiFetch<RecordingDto>(`/api/v1/rehearsals/${rehearsalId}/recording?analysis=${query}`, {
        method: 'PUT',
        body: blob,
        headers: { 'content-type': blob.type || 'audio/webm' },
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['rehearsals'] }),
  });
}
