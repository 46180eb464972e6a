'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { apiFetch } from '@/lib/client/fetch';
import { recordingTrends } from '@/lib/domain/recording-trends';
import Link from 'next/link';
import { LoadError, Loading } from '@/components/ui/load-states';
import { historyQuery, statsQuery } from '@/lib/client/rehearsal';
import { themeLabel } from '@/lib/guide';
import { WeeklyChart } from './weekly-chart';

const fmt = (s: number | null) => (s === null ? '—' : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`);

export function HistoryView() {
  const stats = useQuery(statsQuery());
  const history = useQuery(historyQuery());
  const client = useQueryClient();
  const [deleting, setDeleting] = useState<string | null>(null);
  const removeRecording = useMutation({
    mutationFn: (rehearsalId: string) => apiFetch<void>(`/api/v1/rehearsals/${rehearsalId}/recording`, { method: 'DELETE' }),
    onSuccess: () => {
      setDeleting(null);
      void client.invalidateQueries({ queryKey: ['rehearsals'] });
    },
  });
  if (stats.isPending || history.isPending) return <Loading what="your history" />;
  if (stats.isError || history.isError) {
    const retry = () => void Promise.all([stats.refetch(), history.refetch()]);
    return <LoadError what="your history" message={(stats.error ?? history.error)!.message} onRetry={retry} />;
  }
  const s = stats.data;
  if (s.total === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
        <h2 className="text-lg font-semibold">No rehearsals yet</h2>
        <p className="mt-1 text-slate-700">Answer a prompt out loud and rate yourself; your progress shows up here.</p>
        <Link href="/rehearse" className="mt-3 inline-block font-medium text-brand-700 underline">
          Rehearse now
        </Link>
      </div>
    );
  }
  const trends = recordingTrends(history.data);
  const tiles = [
    ['Rehearsals', String(s.total)],
    ['Current streak', `${s.streakDays} ${s.streakDays === 1 ? 'day' : 'days'}`],
    ['Average answer', fmt(s.averageDurationSeconds)],
    ['Due for review now', String(s.dueNow)],
  ];
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {tiles.map(([label, value]) => (
          <div key={label} className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-bold" data-testid={`stat-${label}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="weeks-heading" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="weeks-heading" className="font-semibold">
          Rehearsals per week
        </h2>
        <WeeklyChart weeks={s.perWeek} />
      </section>
      <section aria-labelledby="themes-heading" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="themes-heading" className="font-semibold">
          Ratings by theme, weakest first
        </h2>
        <table className="mt-2 w-full text-sm">
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col" className="py-1">
                Theme
              </th>
              <th scope="col" className="py-1 text-right">
                Rehearsed
              </th>
              <th scope="col" className="py-1 text-right">
                Average (1–4)
              </th>
              <th scope="col" className="hidden py-1 text-right sm:table-cell">
                Again / Hard / Good / Easy
              </th>
            </tr>
          </thead>
          <tbody>
            {s.byTheme.map((t) => (
              <tr key={t.theme} className="border-t border-slate-100">
                <th scope="row" className="py-1 text-left font-normal">
                  {themeLabel(t.theme)}
                </th>
                <td className="py-1 text-right tabular-nums">{t.count}</td>
                <td className="py-1 text-right tabular-nums">{t.averageRating ?? 'not yet'}</td>
                <td className="hidden py-1 text-right tabular-nums sm:table-cell">
                  {t.again} / {t.hard} / {t.good} / {t.easy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {trends.length > 0 && (
        <section aria-labelledby="talk-heading" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="talk-heading" className="font-semibold">
            Talk time and pauses, recorded answers by week
          </h2>
          <table className="mt-2 w-full text-sm" data-testid="talk-trends">
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1">
                  Week of
                </th>
                <th scope="col" className="py-1 text-right">
                  Answers
                </th>
                <th scope="col" className="py-1 text-right">
                  Average talk time
                </th>
                <th scope="col" className="py-1 text-right">
                  Pauses per answer
                </th>
              </tr>
            </thead>
            <tbody>
              {trends.map((t) => (
                <tr key={t.weekStart} className="border-t border-slate-100">
                  <th scope="row" className="py-1 text-left font-normal">
                    {t.weekStart}
                  </th>
                  <td className="py-1 text-right tabular-nums">{t.answers}</td>
                  <td className="py-1 text-right tabular-nums">{fmt(t.averageSpeakingSeconds)}</td>
                  <td className="py-1 text-right tabular-nums">{t.averagePauses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="recent-heading" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="recent-heading" className="font-semibold">
          Recent rehearsals
        </h2>
        <ul className="mt-2 divide-y divide-slate-100">
          {history.data.slice(0, 30).map((r) => (
            <li key={r.id} className="py-2" data-testid="history-item">
              <p>{r.promptText}</p>
              <p className="text-sm text-slate-600">
                {new Date(r.createdAt).toLocaleString()} · {fmt(r.durationSeconds)} · rated {r.rating}
                {r.recording && ` · ${Math.round(r.recording.speakingSeconds)} s speaking, ${r.recording.pauseCount} long pauses`}
              </p>
              {r.recording && (
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <audio controls preload="none" src={r.recording.url} className="max-w-full" />
                  <Button variant="ghost" onClick={() => setDeleting(r.id)} aria-label={`Delete the recording of "${r.promptText}"`}>
                    Delete recording
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this recording?"
        body="The audio goes for good; the rehearsal and its rating stay."
        confirmLabel="Delete"
        busy={removeRecording.isPending}
        error={removeRecording.error?.message}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && removeRecording.mutate(deleting)}
      />
    </div>
  );
}
