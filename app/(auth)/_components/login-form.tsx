'use client';

import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form/form';
import { Input } from '@/components/ui/form/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useState } from 'react';
import { signInSchema } from '@/lib/validation/user';
import { signInWithPassword } from '../actions';

export function LoginForm({ next }: { next?: string }) {
  const [error, setError] = useState<string>();
  return (
    <Form
      schema={signInSchema}
      defaultValues={{ email: '', password: '' }}
      onSubmit={async (values) => {
        setError(undefined);
        const result = await signInWithPassword(values, next);
        if (result?.error) setError(result.error);
      }}
    >
      {({ register, formState: { errors, isSubmitting } }) => (
        <>
          <FormAlert message={error} />
          <Input id="email" label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register('email')} />
          <Input
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            error={errors.password?.message}
            {...register('password')}
          />
          <Button type="submit" disabled={isSubmitting} className="w-full">
            {isSubmitting ? 'Signing in…' : 'Sign in'}
          </Button>
        </>
      )}
    </Form>
  );
}
