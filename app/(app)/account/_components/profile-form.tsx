'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useUpdateMe } from '@/lib/client/me';
import { nameSchema, targetIndustrySchema } from '@/lib/validation/user';

const formSchema = z.object({ name: nameSchema, targetIndustry: targetIndustrySchema.unwrap() });
type ProfileValues = z.input<typeof formSchema>;

export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const update = useUpdateMe();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isDirty },
  } = useForm<ProfileValues>({ resolver: zodResolver(formSchema), defaultValues: initial });

  const onSubmit = handleSubmit((values) =>
    update.mutate(values, { onSuccess: (me) => reset({ name: me.name, targetIndustry: me.targetIndustry ?? '' }) }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="name" label="Name" autoComplete="name" error={errors.name?.message} {...register('name')} />
      <Field
        id="targetIndustry"
        label="Target industry"
        hint="The industry you are interviewing in, e.g. fintech or healthcare. Networking goals use it."
        error={errors.targetIndustry?.message}
        {...register('targetIndustry')}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save profile'}
        </Button>
        {update.isSuccess && !isDirty && <span className="text-sm text-green-700">Saved</span>}
      </div>
      <FormAlert message={update.error?.message} />
    </form>
  );
}
