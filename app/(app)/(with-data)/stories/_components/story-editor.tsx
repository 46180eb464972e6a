'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Form, type FormApi } from '@/components/ui/form/form';
import { Input } from '@/components/ui/form/input';
import { FormAlert } from '@/components/ui/form-alert';
import { lintStory } from '@/lib/domain/star-lint';
import { storiesClient } from '@/lib/client/stories';
import { useUnsavedChanges } from '@/lib/client/use-unsaved-changes';
import { emptyStoryForm, formToStory, storyFormSchema, storyToForm, type StoryDto, type StoryFormValues } from '@/lib/validation/story';
import { ReadinessPanel } from './readiness-panel';
import { StarFields } from './star-fields';
import { TagPickers } from './tag-pickers';

type StoryFormApi = FormApi<StoryFormValues, StoryFormValues>;

export function StoryEditor({
  story,
  initialThemes = [],
  initialCompetencies = [],
}: {
  story?: StoryDto;
  initialThemes?: StoryFormValues['themes'];
  initialCompetencies?: StoryFormValues['competencies'];
}) {
  const router = useRouter();
  const save = storiesClient.useSave();
  const [saved, setSaved] = useState(false);
  return (
    <Form
      schema={storyFormSchema}
      defaultValues={story ? storyToForm(story) : { ...emptyStoryForm, themes: initialThemes, competencies: initialCompetencies }}
      fieldErrorsSummary="Some fields need attention; nothing was saved."
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]"
      onSubmit={async (form, api) => {
        const result = await save.mutateAsync({ id: story?.id, values: formToStory(form) });
        api.reset(storyToForm(result));
        setSaved(true);
        if (!story) router.replace(`/stories/${result.id}`);
      }}
    >
      {(api) => <StoryEditorBody api={api} story={story} saving={save.isPending} saved={saved} onEdit={() => setSaved(false)} />}
    </Form>
  );
}

/** The editor's fields and side panel; a component of its own so the live lint can follow the form. */
function StoryEditorBody({
  api,
  story,
  saving,
  saved,
  onEdit,
}: {
  api: StoryFormApi;
  story?: StoryDto;
  saving: boolean;
  saved: boolean;
  onEdit: () => void;
}) {
  const router = useRouter();
  const remove = storiesClient.useRemove();
  const [confirming, setConfirming] = useState(false);
  const {
    register,
    control,
    reset,
    formState: { errors, isDirty },
  } = api;
  const watched = useWatch({ control });
  const values: StoryFormValues = useMemo(() => ({ ...emptyStoryForm, ...watched }), [watched]);
  const stats = useMemo(() => lintStory({ ...values, themes: values.themes ?? [] }), [values]);
  useUnsavedChanges(isDirty);

  // An existing story with no pending edits is, by definition, saved.
  const status = saving ? 'Saving…' : isDirty ? 'Unsaved changes' : saved || story ? 'Saved' : '';

  return (
    <>
      <div
        className="min-w-0 space-y-6"
        onChange={onEdit}
        onKeyDown={(e) => {
          if (e.key === 's' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            void api.submit();
          }
        }}
      >
        <Input
          id="title"
          label="Title"
          placeholder="e.g. Cutting deploy lead time for 40 services"
          error={errors.title?.message}
          {...register('title')}
        />
        <StarFields register={register} errors={errors} lint={stats.lint} />
        <TagPickers register={register} errors={errors} lint={stats.lint} competencyCount={values.competencies?.length ?? 0} />
      </div>
      <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        <ReadinessPanel
          register={register}
          lint={stats.lint}
          seconds={stats.speakingSeconds}
          words={stats.wordCount}
          markedReady={values.markedReady}
        />
        <FormAlert message={api.formError} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={saving}>
            {story ? 'Save story' : 'Create story'}
          </Button>
          <span role="status" data-testid="save-status" className="text-sm text-slate-600">
            {status}
          </span>
        </div>
        <p className="text-xs text-slate-500">Tip: Ctrl+S (⌘S) saves.</p>
        <div className="flex items-center justify-between border-t border-slate-200 pt-4">
          <Link href="/stories" className="text-sm font-medium text-brand-700 underline">
            Back to stories
          </Link>
          {story && (
            <Button variant="ghost" className="text-red-700" onClick={() => setConfirming(true)}>
              Delete story
            </Button>
          )}
        </div>
      </aside>
      {story && (
        <ConfirmDialog
          open={confirming}
          title="Delete this story?"
          body={`"${story.title}" and its lint history will be gone for good.`}
          confirmLabel="Delete"
          busy={remove.isPending}
          error={remove.error?.message}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate(story.id, {
              onSuccess: () => {
                reset(values);
                router.push('/stories');
              },
            })
          }
        />
      )}
    </>
  );
}
