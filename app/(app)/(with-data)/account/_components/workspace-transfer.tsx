'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { z } from 'zod';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Form } from '@/components/ui/form/form';
import { FormAlert } from '@/components/ui/form-alert';
import { ApiError } from '@/lib/client/fetch';
import { useImportWorkspace } from '@/lib/client/workspace';

const importSchema = z.object({
  files: z.custom<FileList>((v) => typeof FileList !== 'undefined' && v instanceof FileList && v.length === 1, 'Choose an export file.'),
  replace: z.boolean(),
});
type ImportValues = z.output<typeof importSchema>;

/** Download everything as JSON, or restore such a file (optionally replacing what is here). */
export function WorkspaceTransfer() {
  const router = useRouter();
  const importWorkspace = useImportWorkspace();
  const [confirming, setConfirming] = useState<ImportValues | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string }>();

  const runImport = async ({ files, replace }: ImportValues) => {
    setMessage(undefined);
    try {
      const result = await importWorkspace.mutateAsync({ file: files[0]!, replace });
      setMessage({ tone: 'success', text: `Imported ${result.stories} stories and ${result.metrics} metrics.` });
      router.refresh();
    } catch (error) {
      const fields = error instanceof ApiError ? Object.keys(error.fieldErrors).slice(0, 3) : [];
      const text = error instanceof ApiError ? `${error.message}${fields.length ? ` (${fields.join(', ')})` : ''}` : 'The import failed.';
      setMessage({ tone: 'error', text: `${text} Nothing was changed.` });
    } finally {
      setConfirming(null);
    }
  };

  return (
    <div className="space-y-4">
      <div>
        <a href="/api/v1/export" download className={buttonClass('secondary')}>
          Download all my data (.zip)
        </a>
        <p className="mt-1 text-sm text-slate-600">
          Stories, case studies, metrics, fundamentals, practice, contacts, prompts, roles and interviews, rehearsal history and its
          recordings: workspace.json plus a recordings/ folder. Imports take the .zip or an older .json export.
        </p>
      </div>
      <Form
        schema={importSchema}
        defaultValues={{ replace: false }}
        className="space-y-2"
        onSubmit={(values) => (values.replace ? setConfirming(values) : runImport(values))}
      >
        {({ register, formState: { errors } }) => (
          <>
            <label htmlFor="import-file" className="block text-sm font-medium">
              Import a Starboard export
            </label>
            <input
              id="import-file"
              type="file"
              accept="application/zip,.zip,application/json,.json"
              aria-invalid={errors.files ? true : undefined}
              aria-describedby={errors.files ? 'import-file-error' : undefined}
              className="block text-sm"
              {...register('files')}
            />
            {errors.files && (
              <p id="import-file-error" className="text-sm text-red-700">
                {errors.files.message}
              </p>
            )}
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" {...register('replace')} />
              Replace everything currently in this account
            </label>
            <Button type="submit" disabled={importWorkspace.isPending}>
              {importWorkspace.isPending ? 'Importing…' : 'Import'}
            </Button>
          </>
        )}
      </Form>
      <FormAlert message={message?.text} tone={message?.tone} />
      <ConfirmDialog
        open={confirming !== null}
        title="Replace your workspace?"
        body="Everything in this account will be swapped for the file's contents. Download an export first if you may want it back."
        confirmLabel="Replace"
        busy={importWorkspace.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && void runImport(confirming)}
      />
    </div>
  );
}
