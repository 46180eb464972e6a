'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { LoadError, Loading } from '@/components/ui/load-states';
import { apiFetch } from '@/lib/client/fetch';

type Settings = { retentionDays: number | null; usedBytes: number; quotaBytes: number };
const KEY = ['recordings', 'settings'] as const;
const CHOICES = [
  { value: '', label: 'Keep until I delete them' },
  { value: '7', label: 'Delete after 7 days' },
  { value: '30', label: 'Delete after 30 days' },
  { value: '90', label: 'Delete after 90 days' },
  { value: '365', label: 'Delete after a year' },
];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** How long rehearsal recordings are kept, how much room they take, and deleting them all (after asking). */
export function RecordingsPrivacy() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: KEY, queryFn: () => apiFetch<Settings>('/api/v1/me/recordings') });
  const [choice, setChoice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: (days: number | null) => apiFetch<Settings>('/api/v1/me/recordings', { method: 'PATCH', json: { days } }),
    onSuccess: (s) => {
      client.setQueryData(KEY, s);
      void client.invalidateQueries({ queryKey: ['rehearsals'] });
      setNote('Saved. Older recordings were deleted where the new setting says so.');
    },
  });
  const removeAll = useMutation({
    mutationFn: () => apiFetch<{ deleted: number }>('/api/v1/me/recordings', { method: 'DELETE' }),
    onSuccess: ({ deleted }) => {
      setConfirming(false);
      setNote(`${deleted} recording${deleted === 1 ? '' : 's'} deleted.`);
      void client.invalidateQueries({ queryKey: KEY });
      void client.invalidateQueries({ queryKey: ['rehearsals'] });
    },
  });
  if (settings.isPending) return <Loading what="recording settings" />;
  if (settings.isError)
    return <LoadError what="recording settings" message={settings.error.message} onRetry={() => void settings.refetch()} />;
  const current = choice ?? (settings.data.retentionDays === null ? '' : String(settings.data.retentionDays));
  const options = CHOICES.some((c) => c.value === current)
    ? CHOICES
    : [...CHOICES, { value: current, label: `Delete after ${current} days` }];
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Recordings use {mb(settings.data.usedBytes)} of your {mb(settings.data.quotaBytes)}. They stay in this server&rsquo;s database file
        and are served only to you. To listen to or delete a single recording, open{' '}
        <Link href="/rehearse/history" className="font-medium underline">
          your rehearsal history
        </Link>
        .
      </p>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(current === '' ? null : Number(current));
        }}
      >
        <div>
          <label htmlFor="retention" className="block text-sm font-medium">
            Keep recordings
          </label>
          <select
            id="retention"
            value={current}
            onChange={(e) => setChoice(e.target.value)}
            className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            {options.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          Save
        </Button>
      </form>
      <Button variant="danger" onClick={() => setConfirming(true)} disabled={settings.data.usedBytes === 0}>
        Delete all recordings
      </Button>
      <FormAlert message={save.error?.message ?? note} tone={save.error ? 'error' : 'success'} />
      <ConfirmDialog
        open={confirming}
        title="Delete all recordings?"
        body="Every recorded answer goes for good; the rehearsals and their ratings stay."
        confirmLabel="Delete all"
        busy={removeAll.isPending}
        error={removeAll.error?.message}
        onCancel={() => setConfirming(false)}
        onConfirm={() => removeAll.mutate()}
      />
    </div>
  );
}
