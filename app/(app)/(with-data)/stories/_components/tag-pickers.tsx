import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { CheckChips } from '@/components/ui/check-chips';
import type { LintFinding } from '@/lib/domain/star-lint';
import { competencies, competencyKindLabels, painPoints, themes } from '@/lib/guide';
import type { StoryFormValues } from '@/lib/validation/story';
import { Findings } from './findings';

const kinds = Object.keys(competencyKindLabels) as (keyof typeof competencyKindLabels)[];

export function TagPickers({
  register,
  errors,
  lint,
  competencyCount,
}: {
  register: UseFormRegister<StoryFormValues>;
  errors: FieldErrors<StoryFormValues>;
  lint: LintFinding[];
  competencyCount: number;
}) {
  return (
    <div className="space-y-5">
      <div>
        <CheckChips
          legend="Leadership themes"
          options={themes}
          registration={register('themes')}
          error={errors.themes?.message}
          describedBy="themes-findings"
        />
        <div className="mt-1">
          <Findings id="themes-findings" findings={lint.filter((f) => f.field === 'themes')} />
        </div>
      </div>
      <CheckChips legend="Customer pain points it answers" options={painPoints} registration={register('painPoints')} />
      <details className="rounded-lg border border-slate-200 bg-white p-3" open={competencyCount > 0}>
        <summary className="cursor-pointer font-medium">
          Competencies from the guide <span className="text-sm font-normal text-slate-600">({competencyCount} selected)</span>
        </summary>
        <div className="mt-3 space-y-4">
          {kinds.map((kind) => (
            <CheckChips
              key={kind}
              legend={competencyKindLabels[kind]}
              options={competencies.filter((c) => c.kind === kind)}
              registration={register('competencies')}
            />
          ))}
          {errors.competencies?.message && <p className="text-sm text-red-700">{errors.competencies.message}</p>}
        </div>
      </details>
    </div>
  );
}
