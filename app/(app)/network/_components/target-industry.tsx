'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { meQuery, useUpdateMe } from '@/lib/client/me';

/** The profile's target industry, edited in place. */
export function TargetIndustry({ initial }: { initial: string | null }) {
  const { data } = useQuery(meQuery());
  const current = data ? data.targetIndustry : initial;
  const update = useUpdateMe();
  const [draft, setDraft] = useState<string | null>(null);

  if (draft === null) {
    return (
      <div className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <p>
          <span className="text-sm text-slate-600">Target industry: </span>
          <span className="font-semibold" data-testid="target-industry">
            {current || 'not set yet'}
          </span>
        </p>
        <Button variant="secondary" onClick={() => setDraft(current ?? '')}>
          {current ? 'Change' : 'Set target industry'}
        </Button>
      </div>
    );
  }
  const fieldError =
    update.error && 'fieldErrors' in update.error ? (update.error.fieldErrors as Record<string, string[]>).targetIndustry?.[0] : undefined;
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ targetIndustry: draft }, { onSuccess: () => setDraft(null) });
      }}
    >
      <div className="min-w-0 flex-1">
        <label htmlFor="target-industry-input" className="block text-sm font-medium">
          Target industry
        </label>
        <input
          id="target-industry-input"
          autoFocus
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder="e.g. Fintech"
          aria-invalid={fieldError ? true : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {(fieldError ?? update.error?.message) && <p className="mt-1 text-sm text-red-700">{fieldError ?? update.error?.message}</p>}
      </div>
      <Button type="submit" disabled={update.isPending}>
        Save
      </Button>
      <Button variant="secondary" onClick={() => setDraft(null)}>
        Cancel
      </Button>
    </form>
  );
}
