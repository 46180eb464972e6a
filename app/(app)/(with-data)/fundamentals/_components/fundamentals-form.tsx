'use client';

import { useQuery } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Form, type FormApi } from '@/components/ui/form/form';
import { Input } from '@/components/ui/form/input';
import { Textarea } from '@/components/ui/form/textarea';
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
  return (
    <Form
      schema={fundamentalsSchema}
      defaultValues={profile}
      className="space-y-6"
      onSubmit={(values, form) => save.mutateAsync(values).then((saved) => form.reset(saved))}
    >
      {(form) => <ProfileFields form={form} saving={save.isPending} savedOnce={save.isSuccess} />}
    </Form>
  );
}

/** The fields; a component of its own so the unsaved-changes guard can follow the form. */
function ProfileFields({
  form,
  saving,
  savedOnce,
}: {
  form: FormApi<FundamentalsInput, FundamentalsInput>;
  saving: boolean;
  savedOnce: boolean;
}) {
  const {
    register,
    control,
    formError,
    formState: { errors, isDirty },
  } = form;
  useUnsavedChanges(isDirty);
  return (
    <>
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
            <Textarea
              id={`evidence-${area.id}`}
              label={`${area.label} evidence`}
              labelHidden
              rows={2}
              placeholder="Evidence: what you built, ran or fixed at this depth"
              error={errors.areas?.[area.id]?.evidence?.message}
              {...register(`areas.${area.id}.evidence`)}
            />
          </div>
        ))}
      </section>

      <section aria-labelledby="iac-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="iac-heading" className="font-semibold">
          Infrastructure as code
        </h2>
        <Input
          id="iacTool"
          label="Tool"
          list="iac-tools"
          placeholder="e.g. Terraform"
          error={errors.iacTool?.message}
          {...register('iacTool')}
        />
        <datalist id="iac-tools">
          {iacToolSuggestions.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <Controller
          control={control}
          name="iacDepth"
          render={({ field }) => (
            <DepthControl name="iacDepth" label="Infrastructure as code" value={field.value} onChange={field.onChange} />
          )}
        />
      </section>

      <FormAlert message={formError} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save fundamentals'}
        </Button>
        <span role="status" className="text-sm text-slate-600" data-testid="save-status">
          {isDirty ? 'Unsaved changes' : savedOnce ? 'Saved' : ''}
        </span>
      </div>
    </>
  );
}
