import Link from 'next/link';
import type { CoverageDto } from '@/lib/api/coverage';
import { CompetencyHeatmap } from './competency-heatmap';
import { FirstRun } from './first-run';
import { ProgressRing } from './progress-ring';
import { StepCard } from './step-card';

/** Server-rendered: the dashboard only reads, so it ships no data-fetching code to the browser. */
export function Dashboard({ report, storyTitles }: { report: CoverageDto; storyTitles: Record<string, string> }) {
  if (report.empty) return <FirstRun />;
  const open = report.steps.filter((s) => !s.done);
  const nextStep = open[0]?.checks.find((c) => !c.met);
  return (
    <div className="space-y-6">
      <section className="flex flex-wrap items-center gap-4 rounded-xl border border-slate-200 bg-white p-4">
        <ProgressRing value={report.overall} size={88} label="Overall preparation" />
        <div className="min-w-0 flex-1">
          <p className="text-lg font-semibold" data-testid="overall">
            {Math.round(report.overall * 100)}% ready · {report.steps.length - open.length} of {report.steps.length} steps done
          </p>
          {nextStep ? (
            <p className="text-slate-700">
              Next: <Link href={nextStep.href} className="font-medium text-brand-700 underline">{nextStep.nextAction}</Link>
            </p>
          ) : (
            <p className="text-slate-700">Every step is done. Keep rehearsing so the stories stay sharp.</p>
          )}
        </div>
      </section>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {report.steps.map((step) => (
          <StepCard key={step.key} step={step} />
        ))}
      </div>
      <CompetencyHeatmap matrix={report.matrix} storyTitles={storyTitles} />
    </div>
  );
}
