'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form/form';
import { Input } from '@/components/ui/form/input';
import { FormAlert } from '@/components/ui/form-alert';
import { signUp } from '@/lib/client/sign-up';
import { PASSWORD_MIN, signUpSchema } from '@/lib/validation/user';
import { signInWithPassword } from '../actions';

export function SignupForm() {
  const [error, setError] = useState<string>();
  return (
    <Form
      schema={signUpSchema}
      defaultValues={{ name: '', email: '', password: '' }}
      onSubmit={async (values) => {
        setError(undefined);
        // Field errors from the API (a taken email, say) land beside their fields.
        await signUp(values);
        const result = await signInWithPassword({ email: values.email, password: values.password }, '/');
        if (result?.error) setError(`Your account was created, but signing in failed: ${result.error}`);
      }}
    >
      {({ register, formState: { errors, isSubmitting }, formError }) => (
        <>
          <FormAlert message={error ?? formError} />
          <Input
            id="name"
            label="Name"
            autoComplete="name"
            hint="Optional. Shown only to you."
            error={errors.name?.message}
            {...register('name')}
          />
          <Input id="email" label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register('email')} />
          <Input
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
        </>
      )}
    </Form>
  );
}
