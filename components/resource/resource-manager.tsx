'use client';

import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { LoadError, Loading } from '@/components/ui/load-states';
import type { AnyResourceClient } from '@/lib/client/resource';
import { toFormValues, type FieldSpec } from './field-spec';
import { ResourceForm, type ResourceFormProps } from './resource-form';

export type ResourceManagerProps<Item extends { id: string }> = {
  noun: string;
  client: AnyResourceClient<Item>;
  fields: FieldSpec[];
  schema: z.ZodType<FieldValues, FieldValues>;
  emptyValues: Record<string, unknown>;
  itemTitle: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
  empty: ReactNode;
  /** Said in the delete confirmation after "will be gone for good", e.g. what goes with the item. */
  deleteNote?: string;
  /** Extra help inside the new-item form (see ResourceForm's `assist`). */
  assistNew?: ResourceFormProps['assist'];
  /** Shows items under headings, in this order. */
  groups?: { id: string; label: string; of: (item: Item) => boolean }[];
  /** Narrows what is shown (toolbar filters live in the caller). */
  filter?: (item: Item) => boolean;
  /** The items this screen manages, when the API answers more (e.g. built-in prompts). */
  scope?: (item: Item) => boolean;
  toolbar?: (items: Item[]) => ReactNode;
};

/** The one list-add-edit-delete screen every evidence kind shares. */
export function ResourceManager<Item extends { id: string }>(props: ResourceManagerProps<Item>) {
  const { noun, client, fields, schema, emptyValues, itemTitle, renderItem, empty, groups, filter, scope, toolbar, assistNew, deleteNote } =
    props;
  const { data: all, isPending, isError, error, refetch } = useQuery(client.listQuery());
  const save = client.useSave();
  const remove = client.useRemove();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Item | null>(null);

  if (isPending) return <Loading what={`${noun}s`} />;
  if (isError) return <LoadError what={`${noun}s`} message={error.message} onRetry={() => refetch()} />;

  const data = scope ? all.filter(scope) : all;
  const shown = filter ? data.filter(filter) : data;
  const formFor = (item?: Item) => (
    <div className="rounded-xl border border-brand-600/40 bg-white p-4">
      <h2 className="mb-3 font-semibold">{item ? `Edit ${noun}` : `New ${noun}`}</h2>
      <ResourceForm
        idPrefix={item ? `edit-${item.id}` : 'new'}
        fields={fields}
        schema={schema}
        defaultValues={item ? toFormValues(fields, item as Record<string, unknown>) : emptyValues}
        submitLabel={item ? 'Save changes' : `Add ${noun}`}
        onSubmit={async (values) => {
          await save.mutateAsync({ id: item?.id, values });
          setEditing(null);
        }}
        onCancel={() => setEditing(null)}
        assist={item ? undefined : assistNew}
      />
    </div>
  );
  const renderRow = (item: Item) =>
    editing === item.id ? (
      <li key={item.id}>{formFor(item)}</li>
    ) : (
      <li key={item.id} data-testid={`${noun.replaceAll(' ', '-')}-item`} className="rounded-xl border border-slate-200 bg-white p-4">
        {renderItem(item)}
        <div className="mt-3 flex gap-2 border-t border-slate-100 pt-3">
          <Button variant="secondary" onClick={() => setEditing(item.id)} aria-label={`Edit ${itemTitle(item)}`}>
            Edit
          </Button>
          <Button variant="ghost" className="text-red-700" onClick={() => setDeleting(item)} aria-label={`Delete ${itemTitle(item)}`}>
            Delete
          </Button>
        </div>
      </li>
    );

  return (
    <div className="space-y-4">
      {editing === 'new' ? formFor() : <Button onClick={() => setEditing('new')}>Add {noun}</Button>}
      {data.length === 0 && editing !== 'new' && empty}
      {data.length > 0 && toolbar?.(data)}
      {data.length === 0 ? null : groups ? (
        groups.map((g) => {
          const inGroup = shown.filter(g.of);
          return (
            <section key={g.id} aria-labelledby={`group-${g.id}`}>
              <h2 id={`group-${g.id}`} className="mb-2 mt-4 text-lg font-semibold">
                {g.label} <span className="text-sm font-normal text-slate-600">({inGroup.length})</span>
              </h2>
              {inGroup.length ? (
                <ul className="space-y-3">{inGroup.map(renderRow)}</ul>
              ) : (
                <p className="text-sm text-slate-500">Nothing logged yet.</p>
              )}
            </section>
          );
        })
      ) : (
        <ul className="space-y-3">{shown.map(renderRow)}</ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete this ${noun}?`}
        body={deleting ? `"${itemTitle(deleting)}" will be gone for good.${deleteNote ? ` ${deleteNote}` : ''}` : ''}
        confirmLabel="Delete"
        busy={remove.isPending}
        error={remove.error?.message}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      />
    </div>
  );
}
