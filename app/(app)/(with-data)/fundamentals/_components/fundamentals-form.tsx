'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { LoadError, Loading } from '@/components/ui/load-states';
import type { FundamentalsDto } from '@/lib/validation/fundamentals';
import { fundamentalsQuery, useSaveFundamentals } from '@/lib/client/fundamentals';
import { useUnsavedChanges } from '@/lib/client/use-unsaved-changes';
import { cloudProviders, fundamentalAreas, iacToolSuggestions } from '@/lib/guide';
import { fundamentalsSchema, type FundamentalsInput } from '@/lib/validation/fundamentals';
import { DepthControl } from './depth-control';

export function FundamentalsForm() {
  const { data, isPending, isError, error, refetch } = useQuery(fundamentalsQuery());
  if (isPending) return <Loading what="your fundamentals" />;
  if (isError) return <LoadError what="your fundamentals" message={error.message} onRetry={() => refetch()} />;
  return <ProfileForm profile={data} />;
}

function ProfileForm({ profile }: { profile: FundamentalsDto }) {
  const save = useSaveFundamentals();
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, isDirty },
  } = useForm<FundamentalsDto, unknown, FundamentalsInput>({ resolver: zodResolver(fundamentalsSchema), defaultValues: profile });
  useUnsavedChanges(isDirty);

  const onSubmit = handleSubmit((values) => save.mutate(values, { onSuccess: (saved) => reset(saved) }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className="rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">Primary cloud provider</legend>
        <p className="mb-3 text-sm text-slate-600">Pick the one you will go deep on; breadth comes later.</p>
        <div className="flex flex-wrap gap-2">
          {cloudProviders.map((p) => (
            <label
              key={p.id}
              className="cursor-pointer rounded-full border border-slate-300 px-4 py-1.5 has-checked:border-brand-600 has-checked:bg-brand-100 has-focus-visible:outline-2 has-focus-visible:outline-brand-600"
            >
              <input type="radio" value={p.id} className="sr-only" {...register('cloudProvider')} />
              {p.label}
            </label>
          ))}
        </div>
      </fieldset>

      <section aria-labelledby="areas-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="areas-heading" className="font-semibold">
          Depth by area
        </h2>
        {fundamentalAreas.map((area) => (
          <div key={area.id} className="space-y-2 border-t border-slate-100 pt-4 first-of-type:border-0 first-of-type:pt-0">
            <div>
              <p className="font-medium">{area.label}</p>
              <p className="text-sm text-slate-600">{area.hint}</p>
            </div>
            <Controller
              control={control}
              name={`areas.${area.id}.depth`}
              render={({ field }) => <DepthControl name={field.name} label={area.label} value={field.value} onChange={field.onChange} />}
            />
            <label htmlFor={`evidence-${area.id}`} className="sr-only">
              {area.label} evidence
            </label>
            <textarea
              id={`evidence-${area.id}`}
              rows={2}
              placeholder="Evidence: what you built, ran or fixed at this depth"
              className="block w-full rounded-md border border-slate-300 px-3 py-2"
              {...register(`areas.${area.id}.evidence`)}
            />
            {errors.areas?.[area.id]?.evidence && <p className="text-sm text-red-700">{errors.areas[area.id]?.evidence?.message}</p>}
          </div>
        ))}
      </section>

      <section aria-labelledby="iac-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="iac-heading" className="font-semibold">
          Infrastructure as code
        </h2>
        <div>
          <label htmlFor="iacTool" className="block text-sm font-medium">
            Tool
          </label>
          <input
            id="iacTool"
            list="iac-tools"
            placeholder="e.g. Terraform"
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
            {...register('iacTool')}
          />
          <datalist id="iac-tools">
            {iacToolSuggestions.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          {errors.iacTool && <p className="mt-1 text-sm text-red-700">{errors.iacTool.message}</p>}
        </div>
        <Controller
          control={control}
          name="iacDepth"
          render={({ field }) => (
            <DepthControl name="iacDepth" label="Infrastructure as code" value={field.value} onChange={field.onChange} />
          )}
        />
      </section>

      <FormAlert message={save.error?.message} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save fundamentals'}
        </Button>
        <span role="status" className="text-sm text-slate-600" data-testid="save-status">
          {isDirty ? 'Unsaved changes' : save.isSuccess ? 'Saved' : ''}
        </span>
      </div>
    </form>
  );
}
