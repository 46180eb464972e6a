'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { ApiError } from '@/lib/client/fetch';
import { useUnsavedChanges } from '@/lib/client/use-unsaved-changes';
import type { FieldSpec } from './field-spec';
import { FormField } from './form-field';

type ResourceFormProps = {
  idPrefix: string;
  fields: FieldSpec[];
  schema: z.ZodType<FieldValues, FieldValues>;
  defaultValues: Record<string, unknown>;
  submitLabel: string;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  onCancel?: () => void;
};

/** A form built from FieldSpecs: zod validation beside each field, server field errors mapped back. */
export function ResourceForm({ idPrefix, fields, schema, defaultValues, submitLabel, onSubmit, onCancel }: ResourceFormProps) {
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FieldValues, unknown, FieldValues>({ resolver: zodResolver(schema), defaultValues });
  useUnsavedChanges(isDirty && !isSubmitting);

  const submit = handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await onSubmit(values);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const known = Object.entries(error.fieldErrors).filter(([name]) => fields.some((f) => f.name === name));
      known.forEach(([name, messages]) => setError(name, { message: messages[0] }));
      setFormError(known.length ? 'Some fields need attention; nothing was saved.' : error.message);
    }
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {fields.map((spec) => (
        <FormField key={spec.name} spec={spec} idPrefix={idPrefix} register={register} errors={errors} />
      ))}
      <FormAlert message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
