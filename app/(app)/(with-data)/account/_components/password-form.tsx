'use client';

import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form/form';
import { Input } from '@/components/ui/form/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useChangePassword } from '@/lib/client/account';
import { PASSWORD_MIN, passwordChangeSchema } from '@/lib/validation/user';

const formSchema = passwordChangeSchema
  .and(z.object({ confirmPassword: z.string() }))
  .refine((v) => v.confirmPassword === v.newPassword, { path: ['confirmPassword'], message: 'The two new passwords differ.' });

const empty = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Changes the password; the server signs every other browser out. */
export function PasswordForm() {
  const change = useChangePassword();
  return (
    <Form
      schema={formSchema}
      defaultValues={empty}
      onSubmit={({ currentPassword, newPassword }, form) =>
        change.mutateAsync({ currentPassword, newPassword }).then(() => form.reset(empty))
      }
    >
      {({ register, formState: { errors }, formError }) => (
        <>
          <Input
            id="currentPassword"
            label="Current password"
            type="password"
            autoComplete="current-password"
            error={errors.currentPassword?.message}
            {...register('currentPassword')}
          />
          <Input
            id="newPassword"
            label="New password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${PASSWORD_MIN} characters.`}
            error={errors.newPassword?.message}
            {...register('newPassword')}
          />
          <Input
            id="confirmPassword"
            label="New password again"
            type="password"
            autoComplete="new-password"
            error={errors.confirmPassword?.message}
            {...register('confirmPassword')}
          />
          <Button type="submit" disabled={change.isPending}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </Button>
          <FormAlert message={formError} />
          <FormAlert tone="success" message={change.isSuccess ? 'Password changed. Every other browser has been signed out.' : undefined} />
        </>
      )}
    </Form>
  );
}
