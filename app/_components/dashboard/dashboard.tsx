'use client';

import { useQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { coverageQuery } from '@/lib/client/coverage';
import { storyTitlesQuery } from '@/lib/client/stories';
import { CompetencyHeatmap } from './competency-heatmap';
import { FirstRun } from './first-run';
import { ProgressRing } from './progress-ring';
import { StepCard } from './step-card';

export function Dashboard() {
  const { data, isPending, isError, error, refetch } = useQuery(coverageQuery());
  const { data: stories = [] } = useQuery({ ...storyTitlesQuery(), enabled: Boolean(data?.matrix.overusedStoryIds.length) });

  if (isPending) return <p role="status" className="text-slate-600">Checking your preparation…</p>;
  if (isError) {
    return (
      <div role="status" className="rounded-md border border-red-200 bg-red-50 p-4 text-red-800">
        <p>Could not load your coverage: {error.message}</p>
        <Button variant="secondary" className="mt-2" onClick={() => refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (data.empty) return <FirstRun />;

  const open = data.steps.filter((s) => !s.done);
  const nextStep = open[0]?.checks.find((c) => !c.met);
  return (
    <div className="space-y-6">
      <section className="flex flex-wrap items-center gap-4 rounded-xl border border-slate-200 bg-white p-4">
        <ProgressRing value={data.overall} size={88} label="Overall preparation" />
        <div className="min-w-0 flex-1">
          <p className="text-lg font-semibold" data-testid="overall">
            {Math.round(data.overall * 100)}% ready · {6 - open.length} of 6 steps done
          </p>
          {nextStep ? (
            <p className="text-slate-700">
              Next: <a href={nextStep.href} className="font-medium text-brand-700 underline">{nextStep.nextAction}</a>
            </p>
          ) : (
            <p className="text-slate-700">Every step is done. Keep rehearsing so the stories stay sharp.</p>
          )}
        </div>
      </section>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {data.steps.map((step) => (
          <StepCard key={step.key} step={step} />
        ))}
      </div>
      <CompetencyHeatmap matrix={data.matrix} storyTitles={Object.fromEntries(stories.map((s) => [s.id, s.title]))} />
    </div>
  );
}
