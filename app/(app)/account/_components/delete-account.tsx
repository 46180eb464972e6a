'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { useDeleteAccount } from '@/lib/client/account';
import { ApiError } from '@/lib/client/fetch';
import { accountDeleteSchema, type AccountDeleteInput } from '@/lib/validation/user';

/** Deletes the account and all its data after an export offer, the password and a confirmation. */
export function DeleteAccount() {
  const [confirming, setConfirming] = useState<AccountDeleteInput | null>(null);
  const remove = useDeleteAccount();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<AccountDeleteInput>({ resolver: zodResolver(accountDeleteSchema), defaultValues: { password: '' } });

  const confirm = () => {
    if (!confirming) return;
    remove.mutate(confirming, {
      onSuccess: () => window.location.assign('/'),
      onError: (error) => {
        const message = error instanceof ApiError ? error.fieldErrors.password?.[0] : undefined;
        if (message) {
          setError('password', { message });
          setConfirming(null);
        }
      },
    });
  };

  return (
    <form onSubmit={handleSubmit((values) => setConfirming(values))} noValidate className="space-y-4">
      <p className="text-slate-700">
        Deleting your account removes every story, case study, metric, contact and rehearsal at once. It cannot be undone.
      </p>
      <a href="/api/v1/export" download className={buttonClass('secondary')}>
        Download an export first
      </a>
      <Field
        id="deletePassword"
        label="Password to confirm"
        type="password"
        autoComplete="current-password"
        hint="Your password confirms it is you."
        error={errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" variant="danger">
        Delete account…
      </Button>
      <ConfirmDialog
        open={confirming !== null}
        title="Delete your account?"
        body="Your account and everything in it will be deleted now. This cannot be undone."
        confirmLabel="Delete everything"
        busy={remove.isPending}
        error={remove.error && !(remove.error instanceof ApiError && remove.error.fieldErrors.password) ? remove.error.message : undefined}
        onCancel={() => setConfirming(null)}
        onConfirm={confirm}
      />
    </form>
  );
}
