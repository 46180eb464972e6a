'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useChangePassword } from '@/lib/client/account';
import { ApiError } from '@/lib/client/fetch';
import { PASSWORD_MIN, passwordChangeSchema } from '@/lib/validation/user';

const formSchema = passwordChangeSchema
  .and(z.object({ confirmPassword: z.string() }))
  .refine((v) => v.confirmPassword === v.newPassword, { path: ['confirmPassword'], message: 'The two new passwords differ.' });
type PasswordValues = z.input<typeof formSchema>;

const empty: PasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Changes the password; the server signs every other browser out. */
export function PasswordForm() {
  const change = useChangePassword();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<PasswordValues>({ resolver: zodResolver(formSchema), defaultValues: empty });

  const onSubmit = handleSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => reset(empty),
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          for (const field of ['currentPassword', 'newPassword'] as const) {
            const message = error.fieldErrors[field]?.[0];
            if (message) setError(field, { message });
          }
        },
      },
    ),
  );
  const fieldError = change.error instanceof ApiError && Object.keys(change.error.fieldErrors).length > 0;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field
        id="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register('currentPassword')}
      />
      <Field
        id="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={errors.newPassword?.message}
        {...register('newPassword')}
      />
      <Field
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
      <FormAlert message={change.error && !fieldError ? change.error.message : undefined} />
      <FormAlert tone="success" message={change.isSuccess ? 'Password changed. Every other browser has been signed out.' : undefined} />
    </form>
  );
}
