import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { STAR_PARTS, type LintFinding } from '@/lib/domain/star-lint';
import type { StoryFormValues } from '@/lib/validation/story';
import { Findings } from './findings';
import { starGuidance } from './star-guidance';

/** The four STAR parts, each with its guidance and the lint findings that concern it. */
export function StarFields({
  register,
  errors,
  lint,
}: {
  register: UseFormRegister<StoryFormValues>;
  errors: FieldErrors<StoryFormValues>;
  lint: LintFinding[];
}) {
  return (
    <>
      {STAR_PARTS.map((part) => {
        const { label, hint, placeholder } = starGuidance[part];
        const error = errors[part]?.message;
        return (
          <div key={part} className="space-y-1">
            <label htmlFor={part} className="block font-semibold text-slate-900">
              {label}
            </label>
            <p id={`${part}-hint`} className="text-sm text-slate-600">
              {hint}
            </p>
            <textarea
              id={part}
              rows={part === 'action' ? 8 : 4}
              placeholder={placeholder}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${part}-hint ${part}-findings`}
              className={`block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm ${error ? 'border-red-500' : 'border-slate-300'}`}
              {...register(part)}
            />
            {error && <p className="text-sm text-red-700">{error}</p>}
            <Findings id={`${part}-findings`} findings={lint.filter((f) => f.field === part)} />
          </div>
        );
      })}
    </>
  );
}
