import Link from 'next/link';
import type { CoverageDto } from '@/lib/validation/coverage';
import { DashboardDetails } from './dashboard-details';
import { FirstRun } from './first-run';
import { ProgressRing } from './progress-ring';

/**
 * The summary is server-rendered; the step cards and matrix are drawn in the browser from the
 * data passed down (see DashboardDetails). Nothing here fetches on the client.
 */
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
              Next:{' '}
              <Link href={nextStep.href} className="font-medium text-brand-700 underline">
                {nextStep.nextAction}
              </Link>
            </p>
          ) : (
            <p className="text-slate-700">Every step is done. Keep rehearsing so the stories stay sharp.</p>
          )}
        </div>
      </section>
      <DashboardDetails
        // Only what the cards draw: a met check needs no next action or link (smaller page payload).
        steps={report.steps.map((s) => ({ ...s, checks: s.checks.map((c) => (c.met ? { key: c.key, label: c.label, met: true } : c)) }))}
        matrixRows={report.matrix.rows}
        overusedTitles={report.matrix.overusedStoryIds.map((id) => storyTitles[id] ?? 'a story')}
      />
    </div>
  );
}
