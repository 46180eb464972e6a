import Link from 'next/link';
import type { CheckResult, StepResult } from '@/lib/domain/coverage';

/** A step as the browser draws it: a met check needs no next action or link. */
export type StepView = Omit<StepResult, 'checks'> & { checks: (Pick<CheckResult, 'key' | 'label' | 'met'> & Partial<CheckResult>)[] };
import { ProgressRing } from './progress-ring';

export function StepCard({ step }: { step: StepView }) {
  const met = step.checks.filter((c) => c.met).length;
  return (
    <section
      aria-labelledby={`step-${step.step}`}
      className="rounded-xl border border-slate-200 bg-white p-4"
      data-testid={`step-${step.step}`}
    >
      <div className="flex items-start gap-3">
        <ProgressRing value={step.progress} label={step.title} />
        <div className="min-w-0">
          <h2 id={`step-${step.step}`} className="font-semibold">
            {step.step}. {step.title}
          </h2>
          <p className="text-sm text-slate-600">{step.summary}</p>
          <p className="mt-1 text-sm font-medium" data-testid="step-status">
            {step.done ? 'Done' : `${met} of ${step.checks.length} checks met`}
          </p>
        </div>
      </div>
      <ul className="mt-3 space-y-2 text-sm">
        {step.checks.map((c) => (
          <li key={c.key} className="flex gap-2" data-check={c.key} data-met={c.met}>
            <span aria-hidden className={c.met ? 'text-green-700' : 'text-slate-400'}>
              {c.met ? '✓' : '○'}
            </span>
            <span className="min-w-0">
              <span className="sr-only">{c.met ? 'Met: ' : 'Not met: '}</span>
              <span className={c.met ? 'text-slate-600' : 'text-slate-900'}>{c.label}</span>
              {!c.met && c.href && (
                <Link href={c.href} className="block font-medium text-brand-700 underline">
                  {c.nextAction} →
                </Link>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
