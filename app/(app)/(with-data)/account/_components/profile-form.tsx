'use client';

import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form/form';
import { Input } from '@/components/ui/form/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useUpdateMe } from '@/lib/client/me';
import { nameSchema, targetIndustrySchema } from '@/lib/validation/user';

const formSchema = z.object({ name: nameSchema, targetIndustry: targetIndustrySchema.unwrap() });
type ProfileValues = z.input<typeof formSchema>;

export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const update = useUpdateMe();
  return (
    <Form
      schema={formSchema}
      defaultValues={initial}
      onSubmit={(values, form) =>
        update.mutateAsync(values).then((me) => form.reset({ name: me.name, targetIndustry: me.targetIndustry ?? '' }))
      }
    >
      {({ register, formState: { errors, isDirty }, formError }) => (
        <>
          <Input id="name" label="Name" autoComplete="name" error={errors.name?.message} {...register('name')} />
          <Input
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
          <FormAlert message={formError} />
        </>
      )}
    </Form>
  );
}
