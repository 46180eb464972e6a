import type { UseFormRegister } from 'react-hook-form';
import { Badge } from '@/components/ui/badge';
import type { LintFinding } from '@/lib/domain/star-lint';
import type { StoryFormValues } from '@/lib/validation/story';
import { Findings } from './findings';
import { SpeakingMeter } from './speaking-meter';

/** Speaking time, the ready toggle, and exactly what still blocks "ready". */
export function ReadinessPanel({
  register,
  lint,
  seconds,
  words,
  markedReady,
}: {
  register: UseFormRegister<StoryFormValues>;
  lint: LintFinding[];
  seconds: number;
  words: number;
  markedReady: boolean;
}) {
  const blockers = lint.filter((f) => f.severity === 'error');
  const ready = markedReady && blockers.length === 0;
  return (
    <section aria-labelledby="readiness-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex items-center justify-between">
        <h2 id="readiness-heading" className="font-semibold">
          Interview readiness
        </h2>
        <span data-testid="readiness-badge">
          {ready ? <Badge tone="green">Ready</Badge> : markedReady ? <Badge tone="amber">Blocked</Badge> : <Badge>Draft</Badge>}
        </span>
      </div>
      <SpeakingMeter seconds={seconds} words={words} />
      <Findings id="story-findings" findings={lint.filter((f) => f.field === 'story')} />
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1 size-4" {...register('markedReady')} />
        <span>
          <span className="font-medium">Mark as ready</span>
          <span className="block text-sm text-slate-600">Ready stories count toward your guide coverage.</span>
        </span>
      </label>
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1 size-4" {...register('resultQualitative')} />
        <span>
          <span className="font-medium">The result is qualitative</span>
          <span className="block text-sm text-slate-600">Only when there truly is no number to give.</span>
        </span>
      </label>
      {blockers.length > 0 && (
        <div data-testid="ready-blockers" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">
            {markedReady ? 'Not ready yet.' : 'Before it can be ready:'} {blockers.length} {blockers.length === 1 ? 'thing' : 'things'} to
            fix:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {blockers.map((f) => (
              <li key={`${f.code}-${f.field}`}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
