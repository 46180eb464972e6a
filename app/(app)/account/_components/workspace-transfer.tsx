'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { ApiError, apiFetch } from '@/lib/client/fetch';

/** Download everything as JSON, or restore such a file (optionally replacing what is here). */
export function WorkspaceTransfer() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string }>();

  const runImport = async () => {
    if (!file) return;
    setBusy(true);
    setMessage(undefined);
    try {
      // The file goes up as it is: no second copy in memory, and the server checks it whole.
      const result = await apiFetch<{ stories: number; metrics: number }>(`/api/v1/import${replace ? '?replace=true' : ''}`, {
        method: 'POST',
        body: file,
        headers: { 'content-type': 'application/json' },
      });
      setMessage({ tone: 'success', text: `Imported ${result.stories} stories and ${result.metrics} metrics.` });
      router.refresh();
    } catch (error) {
      const text =
        error instanceof ApiError
          ? `${error.message}${Object.keys(error.fieldErrors).length ? ` (${Object.keys(error.fieldErrors).slice(0, 3).join(', ')})` : ''}`
          : 'The import failed.';
      setMessage({ tone: 'error', text: `${text} Nothing was changed.` });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <div className="space-y-4">
      <div>
        <a href="/api/v1/export" download className={buttonClass('secondary')}>
          Download all my data (JSON)
        </a>
        <p className="mt-1 text-sm text-slate-600">
          Stories, case studies, metrics, fundamentals, practice, contacts, prompts and rehearsal history.
        </p>
      </div>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (replace) setConfirming(true);
          else void runImport();
        }}
      >
        <label htmlFor="import-file" className="block text-sm font-medium">
          Import a Starboard export
        </label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className="block text-sm"
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} className="size-4" />
          Replace everything currently in this account
        </label>
        <Button type="submit" disabled={!file || busy}>
          {busy ? 'Importing…' : 'Import'}
        </Button>
      </form>
      <FormAlert message={message?.text} tone={message?.tone} />
      <ConfirmDialog
        open={confirming}
        title="Replace your workspace?"
        body="Everything in this account will be swapped for the file's contents. Download an export first if you may want it back."
        confirmLabel="Replace"
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void runImport()}
      />
    </div>
  );
}
