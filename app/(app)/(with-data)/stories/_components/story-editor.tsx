'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Input } from '@/components/ui/form/input';
import { FormAlert } from '@/components/ui/form-alert';
import { lintStory } from '@/lib/domain/star-lint';
import { ApiError } from '@/lib/client/fetch';
import { storiesClient } from '@/lib/client/stories';
import { useUnsavedChanges } from '@/lib/client/use-unsaved-changes';
import { emptyStoryForm, formToStory, storyFormSchema, storyToForm, type StoryDto, type StoryFormValues } from '@/lib/validation/story';
import { ReadinessPanel } from './readiness-panel';
import { StarFields } from './star-fields';
import { TagPickers } from './tag-pickers';

export function StoryEditor({ story, initialThemes = [] }: { story?: StoryDto; initialThemes?: StoryFormValues['themes'] }) {
  const router = useRouter();
  const save = storiesClient.useSave();
  const remove = storiesClient.useRemove();
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    reset,
    setError,
    formState: { errors, isDirty },
  } = useForm<StoryFormValues>({
    resolver: zodResolver(storyFormSchema),
    defaultValues: story ? storyToForm(story) : { ...emptyStoryForm, themes: initialThemes },
  });
  const values = useWatch({ control }) as StoryFormValues;
  const stats = useMemo(() => lintStory({ ...values, themes: values.themes ?? [] }), [values]);
  useUnsavedChanges(isDirty);

  const onSubmit = handleSubmit(async (form) => {
    setFormError(undefined);
    try {
      const result = await save.mutateAsync({ id: story?.id, values: formToStory(form) });
      reset(storyToForm(result));
      setSaved(true);
      if (!story) router.replace(`/stories/${result.id}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fields = Object.entries(error.fieldErrors).filter(([f]) => f in emptyStoryForm);
      fields.forEach(([f, messages]) => setError(f as keyof StoryFormValues, { message: messages[0] }));
      setFormError(fields.length ? 'Some fields need attention; nothing was saved.' : error.message);
    }
  });

  // An existing story with no pending edits is, by definition, saved.
  const status = save.isPending ? 'Saving…' : isDirty ? 'Unsaved changes' : saved || story ? 'Saved' : '';

  return (
    <form
      onSubmit={onSubmit}
      onChange={() => setSaved(false)}
      onKeyDown={(e) => {
        if (e.key === 's' && (e.metaKey || e.ctrlKey)) {
          e.preventDefault();
          void onSubmit();
        }
      }}
      noValidate
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]"
    >
      <div className="min-w-0 space-y-6">
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
        <FormAlert message={formError} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={save.isPending}>
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
    </form>
  );
}
