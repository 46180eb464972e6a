'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form/form';
import { Input } from '@/components/ui/form/input';
import { meQuery, useUpdateMe } from '@/lib/client/me';
import { targetIndustrySchema } from '@/lib/validation/user';

const formSchema = z.object({ targetIndustry: targetIndustrySchema.unwrap() });

/** The profile's target industry, edited in place. */
export function TargetIndustry({ initial }: { initial: string | null }) {
  const { data } = useQuery(meQuery());
  const current = data ? data.targetIndustry : initial;
  const update = useUpdateMe();
  const [editing, setEditing] = useState(false);

  if (!editing) {
    return (
      <div className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <p>
          <span className="text-sm text-slate-600">Target industry: </span>
          <span className="font-semibold" data-testid="target-industry">
            {current || 'not set yet'}
          </span>
        </p>
        <Button variant="secondary" onClick={() => setEditing(true)}>
          {current ? 'Change' : 'Set target industry'}
        </Button>
      </div>
    );
  }
  return (
    <Form
      schema={formSchema}
      defaultValues={{ targetIndustry: current ?? '' }}
      className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4"
      onSubmit={(values) => update.mutateAsync(values).then(() => setEditing(false))}
    >
      {({ register, formState: { errors }, formError }) => (
        <>
          <div className="min-w-0 flex-1">
            <Input
              id="target-industry-input"
              label="Target industry"
              autoFocus
              placeholder="e.g. Fintech"
              error={errors.targetIndustry?.message ?? formError}
              {...register('targetIndustry')}
            />
          </div>
          <Button type="submit" disabled={update.isPending}>
            Save
          </Button>
          <Button variant="secondary" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </>
      )}
    </Form>
  );
}
