'use client';

import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Form } from '@/components/ui/form/form';
import { Input } from '@/components/ui/form/input';
import { useDeleteAccount } from '@/lib/client/account';
import { ApiError } from '@/lib/client/fetch';
import { accountDeleteSchema, type AccountDeleteInput } from '@/lib/validation/user';

type Pending = { values: AccountDeleteInput; form: UseFormReturn<AccountDeleteInput, unknown, AccountDeleteInput> };

/** Deletes the account and all its data after an export offer, the password and a confirmation. */
export function DeleteAccount() {
  const [pending, setPending] = useState<Pending | null>(null);
  const remove = useDeleteAccount();
  const passwordError = (error: unknown) => (error instanceof ApiError ? error.fieldErrors.password?.[0] : undefined);

  const confirm = () => {
    if (!pending) return;
    remove.mutate(pending.values, {
      onSuccess: () => window.location.assign('/'),
      onError: (error) => {
        const message = passwordError(error);
        if (message) {
          pending.form.setError('password', { message });
          setPending(null);
        }
      },
    });
  };

  return (
    <Form schema={accountDeleteSchema} defaultValues={{ password: '' }} onSubmit={(values, form) => setPending({ values, form })}>
      {({ register, formState: { errors } }) => (
        <>
          <p className="text-slate-700">
            Deleting your account removes every story, case study, metric, contact and rehearsal at once. It cannot be undone.
          </p>
          <a href="/api/v1/export" download className={buttonClass('secondary')}>
            Download an export first
          </a>
          <Input
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
            open={pending !== null}
            title="Delete your account?"
            body="Your account and everything in it will be deleted now. This cannot be undone."
            confirmLabel="Delete everything"
            busy={remove.isPending}
            error={remove.error && !passwordError(remove.error) ? remove.error.message : undefined}
            onCancel={() => setPending(null)}
            onConfirm={confirm}
          />
        </>
      )}
    </Form>
  );
}
