'use client';

import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form/form';
import { FormAlert } from '@/components/ui/form-alert';
import { useUnsavedChanges } from '@/lib/client/use-unsaved-changes';
import type { FieldSpec } from './field-spec';
import { FormField } from './form-field';

export type ResourceFormProps = {
  idPrefix: string;
  fields: FieldSpec[];
  schema: z.ZodType<FieldValues, FieldValues>;
  defaultValues: Record<string, unknown>;
  submitLabel: string;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  onCancel?: () => void;
  /** Extra help rendered inside the form, after the fields, with access to its values (e.g. pre-filling from text). */
  assist?: (form: UseFormReturn<FieldValues, unknown, FieldValues>) => ReactNode;
};

/** Warns before leaving with unsaved edits; a component so the hook can follow the form's state. */
function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  useUnsavedChanges(dirty);
  return null;
}

/** A form built from FieldSpecs on the one Form idiom: zod validation beside each field, server field errors mapped back. */
export function ResourceForm({ idPrefix, fields, schema, defaultValues, submitLabel, onSubmit, onCancel, assist }: ResourceFormProps) {
  return (
    <Form
      schema={schema}
      defaultValues={defaultValues}
      onSubmit={(values) => onSubmit(values)}
      fieldErrorsSummary="Some fields need attention; nothing was saved."
    >
      {(form) => {
        const {
          register,
          formState: { errors, isSubmitting, isDirty },
          formError,
        } = form;
        return (
          <>
            <UnsavedChangesGuard dirty={isDirty && !isSubmitting} />
            {fields.map((spec) => (
              <FormField key={spec.name} spec={spec} idPrefix={idPrefix} register={register} errors={errors} />
            ))}
            {assist?.(form)}
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
          </>
        );
      }}
    </Form>
  );
}
