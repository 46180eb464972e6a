'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ApiError, apiFetch } from '@/lib/client/fetch';
import { PASSWORD_MIN, signUpSchema, type SignUpInput } from '@/lib/validation/user';
import { signInWithPassword } from '../actions';

const fields = ['name', 'email', 'password'] as const;

export function SignupForm() {
  const [error, setError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<SignUpInput>({ resolver: zodResolver(signUpSchema), defaultValues: { name: '', email: '', password: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    try {
      await apiFetch('/api/v1/users', { method: 'POST', json: values });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const known = fields.filter((f) => e.fieldErrors[f]?.length);
      known.forEach((f) => setFieldError(f, { message: e.fieldErrors[f]![0] }));
      if (!known.length) setError(e.message);
      return;
    }
    const result = await signInWithPassword({ email: values.email, password: values.password }, '/');
    if (result?.error) setError(`Your account was created, but signing in failed: ${result.error}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={error} />
      <Field
        id="name"
        label="Name"
        autoComplete="name"
        hint="Optional. Shown only to you."
        error={errors.name?.message}
        {...register('name')}
      />
      <Field id="email" label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register('email')} />
      <Field
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. A passphrase works well.`}
        error={errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? 'Creating account…' : 'Create account'}
      </Button>
    </form>
  );
}
