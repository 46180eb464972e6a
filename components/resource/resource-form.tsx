'use client';

import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form/form';
import { FormAlert } from '@/components/ui/form-alert';
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

/** Warns before leaving with unsaved edits; a component so the hook can follow the form's state. */
function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  useUnsavedChanges(dirty);
  return null;
}

/** A form built from FieldSpecs on the one Form idiom: zod validation beside each field, server field errors mapped back. */
export function ResourceForm({ idPrefix, fields, schema, defaultValues, submitLabel, onSubmit, onCancel }: ResourceFormProps) {
  return (
    <Form
      schema={schema}
      defaultValues={defaultValues}
      onSubmit={(values) => onSubmit(values)}
      fieldErrorsSummary="Some fields need attention; nothing was saved."
    >
      {({ register, formState: { errors, isSubmitting, isDirty }, formError }) => (
        <>
          <UnsavedChangesGuard dirty={isDirty && !isSubmitting} />
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
        </>
      )}
    </Form>
  );
}
