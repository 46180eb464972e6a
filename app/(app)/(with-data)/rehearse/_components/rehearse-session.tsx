'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { historyQuery, useDraw, useLogRehearsal, useMockInterview, useUploadRecording, type DrawnPrompt } from '@/lib/client/rehearsal';
import { storyTitlesQuery } from '@/lib/client/stories';
import { countWords } from '@/lib/domain/text-stats';
import type { RehearsalRating } from '@/lib/guide/enums';
import { themeLabel, themes, type ThemeId } from '@/lib/guide';
import { rolesClient } from '@/lib/client/roles';
import { ROUND_KINDS, type RoundKind } from '@/lib/guide/enums';
import { roundLabels } from '@/lib/guide/role-labels';
import { Attempts } from './attempts';
import { MockSummary, type MockResult } from './mock-summary';
import { RatingButtons } from './rating-buttons';
import { StarScaffold } from './star-scaffold';
import { PauseTimeline, TakeFacts } from './take-view';
import { useRecorder } from './use-recorder';
import { Suggestions } from './suggestions';
import { TimerDisplay } from './timer-display';
import { useShortcuts } from './use-shortcuts';
import { useTimer } from './use-timer';

type Mock = { queue: DrawnPrompt[]; index: number; results: MockResult[] };

// max-w-full: a long role or story title must not widen the page on a phone.
const selectClass = 'mt-1 max-w-full rounded-md border border-slate-300 bg-white px-3 py-2';

export function RehearseSession({ initialRoleId = '' }: { initialRoleId?: string }) {
  const [theme, setTheme] = useState<ThemeId | ''>('');
  const [roleId, setRoleId] = useState(initialRoleId);
  const [round, setRound] = useState<RoundKind | ''>('');
  const roles = useQuery(rolesClient.listQuery());
  const history = useQuery(historyQuery());
  const storySummaries = useQuery(storyTitlesQuery());
  const storyWordCounts = new Map((storySummaries.data ?? []).map((s) => [s.id, s.wordCount]));
  const recorder = useRecorder();
  const upload = useUploadRecording();
  const [recordArmed, setRecordArmed] = useState(false);
  const [storyId, setStoryId] = useState('');
  const [uploadNote, setUploadNote] = useState<string | null>(null);
  const [current, setCurrent] = useState<DrawnPrompt | null>(null);
  const [rated, setRated] = useState<RehearsalRating | null>(null);
  const [mock, setMock] = useState<Mock | null>(null);
  const timer = useTimer();
  const draw = useDraw();
  const startMock = useMockInterview();
  const log = useLogRehearsal();

  const show = (next: DrawnPrompt) => {
    recorder.stop();
    recorder.discard();
    setCurrent(next);
    setRated(null);
    setStoryId('');
    setUploadNote(null);
    timer.reset();
  };
  /** Space: the timer starts and stops, and with Record on, the recording with it. */
  const toggleTimer = () => {
    if (!current || rated) return;
    if (timer.running) recorder.stop();
    else if (recordArmed) void recorder.start();
    timer.toggle();
  };
  /** R: arms recording for the next start; while the timer runs, starts or stops it at once. */
  const toggleRecord = () => {
    if (rated) return;
    const armed = !recordArmed;
    setRecordArmed(armed);
    if (timer.running) {
      if (armed) void recorder.start();
      else recorder.stop();
    }
  };
  const next = () => {
    if (mock) {
      if (mock.index + 1 < mock.queue.length && rated) {
        setMock({ ...mock, index: mock.index + 1 });
        show(mock.queue[mock.index + 1]!);
      }
      return;
    }
    draw.mutate({ theme: theme || undefined, roleId: roleId || undefined }, { onSuccess: show });
  };
  const beginMock = () =>
    startMock.mutate(
      { roleId: roleId || undefined, round: round || undefined },
      {
        onSuccess: (queue) => {
          setMock({ queue, index: 0, results: [] });
          show(queue[0]!);
        },
      },
    );
  const rate = (rating: RehearsalRating) => {
    if (!current || rated || log.isPending || recorder.recording || recorder.status === 'analysing') return;
    if (timer.running) timer.toggle();
    const seconds = timer.elapsed;
    const take = recorder.take;
    log.mutate(
      { promptId: current.prompt.id, durationSeconds: seconds, rating, storyId: storyId || null },
      {
        onSuccess: (saved) => {
          setRated(rating);
          if (take)
            upload.mutate(
              { rehearsalId: saved.id, blob: take.blob, analysis: take.analysis },
              {
                onSuccess: () => setUploadNote('Recording saved with this rehearsal.'),
                onError: (e) => setUploadNote(`The rating is saved, the recording is not: ${e.message}`),
              },
            );
          if (mock) setMock({ ...mock, results: [...mock.results, { text: current.prompt.text, rating, seconds }] });
        },
      },
    );
  };

  useShortcuts({
    space: toggleTimer,
    r: toggleRecord,
    n: next,
    '1': () => rate('again'),
    '2': () => rate('hard'),
    '3': () => rate('good'),
    '4': () => rate('easy'),
  });

  const mockDone = mock && mock.results.length === mock.queue.length;
  const error = draw.error?.message ?? startMock.error?.message ?? log.error?.message;
  const attempts = current ? (history.data ?? []).filter((r) => r.promptId === current.prompt.id) : [];
  const story = current?.suggestions.find((s) => s.story.id === storyId)?.story;
  const storyWords = story ? countWords([story.situation, story.task, story.action, story.result].join(' ')) : undefined;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3">
        {!mock && (roles.data?.length ?? 0) > 0 && (
          <div className="min-w-0 max-w-full">
            <label htmlFor="rehearse-role" className="block text-sm font-medium">
              For a role
            </label>
            <select id="rehearse-role" value={roleId} onChange={(e) => setRoleId(e.target.value)} className={selectClass}>
              <option value="">No particular role</option>
              {roles.data!.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.company}: {r.title}
                </option>
              ))}
            </select>
          </div>
        )}
        {!mock && (
          <div className="min-w-0 max-w-full">
            <label htmlFor="rehearse-round" className="block text-sm font-medium">
              Round (mock interview)
            </label>
            <select id="rehearse-round" value={round} onChange={(e) => setRound(e.target.value as RoundKind | '')} className={selectClass}>
              <option value="">Any round</option>
              {ROUND_KINDS.map((r) => (
                <option key={r} value={r}>
                  {roundLabels[r]}
                </option>
              ))}
            </select>
          </div>
        )}
        {!mock && (
          <div className="min-w-0 max-w-full">
            <label htmlFor="theme" className="block text-sm font-medium">
              Theme
            </label>
            <select id="theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemeId | '')} className={selectClass}>
              <option value="">{roleId ? "Any theme (weighted to the role's posting)" : 'Any theme (weighted to your gaps)'}</option>
              {themes.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {!mock && (
          <Button onClick={next} disabled={draw.isPending}>
            {current ? 'Next prompt' : 'Draw a prompt'}
          </Button>
        )}
        {mock ? (
          <Button
            variant="secondary"
            onClick={() => {
              setMock(null);
              setCurrent(null);
              timer.reset();
            }}
          >
            Leave mock interview
          </Button>
        ) : (
          <Button variant="secondary" onClick={beginMock} disabled={startMock.isPending}>
            Mock interview (5 prompts)
          </Button>
        )}
      </div>
      <p className="text-sm text-slate-600">
        Keys: <kbd className="rounded border px-1">Space</kbd> start/stop · <kbd className="rounded border px-1">R</kbd> record ·{' '}
        <kbd className="rounded border px-1">1</kbd>–<kbd className="rounded border px-1">4</kbd> rate ·{' '}
        <kbd className="rounded border px-1">N</kbd> next
      </p>
      <FormAlert message={error} />

      {mockDone ? (
        <MockSummary results={mock.results} onRestart={beginMock} />
      ) : current ? (
        <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="space-y-5">
            <section aria-labelledby="prompt-heading" className="rounded-xl border border-slate-200 bg-white p-5">
              <p className="text-sm text-slate-600">
                {mock ? `Mock interview · question ${mock.index + 1} of ${mock.queue.length}` : 'Your prompt'}
                {current.prompt.themes.length > 0 && ` · ${current.prompt.themes.map(themeLabel).join(', ')}`}
              </p>
              <h2 id="prompt-heading" className="mt-2 text-2xl font-semibold leading-snug sm:text-3xl" data-testid="prompt-text">
                {current.prompt.text}
              </h2>
            </section>
            <div className="flex flex-col items-center gap-3 rounded-xl border border-slate-200 bg-white p-5">
              <TimerDisplay seconds={timer.elapsed} running={timer.running} />
              <div className="flex flex-wrap justify-center gap-2">
                <Button variant="secondary" onClick={toggleTimer} disabled={Boolean(rated)}>
                  {timer.running ? 'Stop' : timer.elapsed ? 'Resume' : 'Start'} timer
                </Button>
                <Button
                  variant={recordArmed ? 'danger' : 'secondary'}
                  aria-pressed={recordArmed}
                  onClick={toggleRecord}
                  disabled={Boolean(rated)}
                >
                  {recorder.recording ? '● Recording' : recordArmed ? 'Record: on' : 'Record: off'}
                </Button>
              </div>
              <p className="text-center text-xs text-slate-600" aria-live="polite" data-testid="record-status">
                {recorder.message ??
                  (recorder.recording
                    ? 'Recording. Space stops it with the timer.'
                    : recorder.status === 'analysing'
                      ? 'Listening back…'
                      : recordArmed
                        ? 'Recording starts with the timer.'
                        : 'Press R to record your answer and hear it back.')}
              </p>
            </div>
            {current.suggestions.length > 0 && !rated && (
              <div>
                <label htmlFor="told-story" className="block text-sm font-medium">
                  Story you told (optional)
                </label>
                <select id="told-story" value={storyId} onChange={(e) => setStoryId(e.target.value)} className={selectClass}>
                  <option value="">None</option>
                  {current.suggestions.map((s) => (
                    <option key={s.story.id} value={s.story.id}>
                      {s.story.title}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {recorder.take && (
              <section aria-labelledby="take-heading" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
                <h2 id="take-heading" className="font-semibold">
                  How it sounded
                </h2>
                <audio controls src={recorder.take.url} className="w-full" data-testid="take-player" />
                <PauseTimeline analysis={recorder.take.analysis} />
                <TakeFacts analysis={recorder.take.analysis} storyWords={storyWords} />
              </section>
            )}
            {uploadNote && (
              <p role="status" className="text-sm text-slate-700" data-testid="upload-note">
                {uploadNote}
              </p>
            )}
            {rated ? (
              <p role="status" className="rounded-md bg-green-50 p-3 text-green-900" data-testid="rated">
                Logged as {rated}.{' '}
                {mock && mock.index + 1 < mock.queue.length ? 'Press N for the next question.' : mock ? '' : 'Press N for another prompt.'}
              </p>
            ) : (
              <RatingButtons onRate={rate} disabled={log.isPending} />
            )}
            {mock && rated && mock.index + 1 < mock.queue.length && <Button onClick={next}>Next question</Button>}
          </div>
          <div className="space-y-4">
            <Suggestions items={current.suggestions} missingTheme={current.missingTheme} note={current.note} />
            <Attempts attempts={attempts} wordsOf={(id) => storyWordCounts.get(id)} />
            <StarScaffold />
          </div>
        </div>
      ) : (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          Draw a prompt and answer it out loud, as if the interviewer were in front of you. Aim for two minutes, then rate yourself
          honestly: prompts you struggle with come back sooner.
        </p>
      )}
    </div>
  );
}
