'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { type DefaultValues, type FieldValues, type Path, useForm, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '@/lib/client/fetch';

export type FormApi<TIn extends FieldValues, TOut extends FieldValues> = UseFormReturn<TIn, unknown, TOut> & {
  /** A message for the whole form (not one field): a refusal the fields cannot show. */
  formError?: string;
  /** Validates and submits, as the submit button does (for keyboard shortcuts). */
  submit: () => Promise<void>;
};

type FormProps<TIn extends FieldValues, TOut extends FieldValues> = {
  schema: z.ZodType<TOut, TIn>;
  defaultValues: DefaultValues<TIn>;
  /** Runs with the parsed values. A thrown ApiError's field errors land beside their fields. */
  onSubmit: (values: TOut, form: UseFormReturn<TIn, unknown, TOut>) => unknown;
  children: (form: FormApi<TIn, TOut>) => ReactNode;
  className?: string;
  id?: string;
  /** Shown as the form's message when the server refused specific fields (each also gets its own). */
  fieldErrorsSummary?: string;
  'aria-label'?: string;
};

/**
 * The one form idiom: react-hook-form with the zod resolver, typed from the schema. Validation
 * messages sit beside each field; a problem+json answer's `errors` are mapped back onto the
 * fields they name, and anything else becomes `formError`.
 */
export function Form<TIn extends FieldValues, TOut extends FieldValues>({
  schema,
  defaultValues,
  onSubmit,
  children,
  className = 'space-y-4',
  fieldErrorsSummary,
  ...attributes
}: FormProps<TIn, TOut>) {
  const form = useForm<TIn, unknown, TOut>({ resolver: zodResolver(schema), defaultValues });
  const [formError, setFormError] = useState<string>();
  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await onSubmit(values, form);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fields = Object.keys(form.getValues());
      const known = Object.entries(error.fieldErrors).filter(([name]) => fields.includes(name));
      for (const [name, messages] of known) form.setError(name as Path<TIn>, { message: messages[0] });
      setFormError(known.length ? fieldErrorsSummary : error.message);
    }
  });
  return (
    <form noValidate onSubmit={submit} className={className} {...attributes}>
      {children({ ...form, formError, submit })}
    </form>
  );
}
