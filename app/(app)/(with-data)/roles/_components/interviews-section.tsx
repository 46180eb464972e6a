'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { CheckChips } from '@/components/ui/check-chips';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { Form } from '@/components/ui/form/form';
import { Input } from '@/components/ui/form/input';
import { Select } from '@/components/ui/form/select';
import { Textarea } from '@/components/ui/form/textarea';
import { LoadError, Loading } from '@/components/ui/load-states';
import { interviewsQuery, useDeleteInterview, useSaveInterview } from '@/lib/client/roles';
import { storyTitlesQuery } from '@/lib/client/stories';
import { wallClock, zonedToIso } from '@/lib/domain/zoned-time';
import { ROUND_KINDS } from '@/lib/guide/enums';
import { roundLabels } from '@/lib/guide/role-labels';
import {
  debriefFormSchema,
  type DebriefFormValues,
  type InterviewDto,
  interviewFormSchema,
  type InterviewFormValues,
} from '@/lib/validation/role';

const roundOptions = ROUND_KINDS.map((id) => ({ id, label: roundLabels[id] }));
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const zoneOptions = (current: string) =>
  [
    ...new Set([current, browserZone(), ...(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'])]),
  ].map((id) => ({ id, label: id.replace(/_/g, ' ') }));
const pad = (n: number) => String(n).padStart(2, '0');
const localInput = (iso: string, zone: string) => {
  const w = wallClock(new Date(iso), zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
};
const when = (i: InterviewDto) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: i.timeZone || 'UTC' }).format(
    new Date(i.startsAtUtc),
  );

/** The form-level message, then submit and cancel: the end of both forms here. */
function FormFooter({
  formError,
  submitting,
  label,
  onCancel,
}: {
  formError?: string;
  submitting: boolean;
  label: string;
  onCancel: () => void;
}) {
  return (
    <>
      <FormAlert message={formError} />
      <div className="flex gap-2">
        <Button type="submit" disabled={submitting}>
          {submitting ? 'Saving…' : label}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </>
  );
}

function InterviewForm({ roleId, interview, onDone }: { roleId: string; interview?: InterviewDto; onDone: () => void }) {
  const save = useSaveInterview(roleId);
  const zone = interview?.timeZone || browserZone();
  const defaults: InterviewFormValues = interview
    ? {
        localStart: localInput(interview.startsAtUtc, zone),
        timeZone: zone,
        durationMinutes: interview.durationMinutes,
        round: interview.round,
        interviewers: interview.interviewers,
        notes: interview.notes,
      }
    : { localStart: '', timeZone: zone, durationMinutes: 45, round: 'hiring_manager', interviewers: '', notes: '' };
  const prefix = interview ? `interview-${interview.id}` : 'interview-new';
  return (
    <Form
      schema={interviewFormSchema}
      defaultValues={defaults}
      className="space-y-3 rounded-lg border border-brand-600/40 bg-white p-4"
      aria-label={interview ? 'Edit interview' : 'New interview'}
      onSubmit={async ({ localStart, ...rest }, form) => {
        const startsAt = zonedToIso(localStart, rest.timeZone);
        if (!startsAt) return form.setError('localStart', { message: 'Pick a date and a time.' });
        await save.mutateAsync({ id: interview?.id, values: { ...rest, startsAt } });
        onDone();
      }}
    >
      {({ register, formState: { errors, isSubmitting }, formError }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Input
              id={`${prefix}-start`}
              label="Starts"
              type="datetime-local"
              error={errors.localStart?.message}
              {...register('localStart')}
            />
            <Select
              id={`${prefix}-zone`}
              label="Time zone"
              options={zoneOptions(zone)}
              error={errors.timeZone?.message}
              {...register('timeZone')}
            />
            <Input
              id={`${prefix}-duration`}
              label="Minutes"
              type="number"
              inputMode="numeric"
              min={5}
              max={600}
              error={errors.durationMinutes?.message}
              {...register('durationMinutes')}
            />
            <Select id={`${prefix}-round`} label="Round" options={roundOptions} error={errors.round?.message} {...register('round')} />
          </div>
          <Input id={`${prefix}-interviewers`} label="Interviewers" error={errors.interviewers?.message} {...register('interviewers')} />
          <Textarea
            id={`${prefix}-notes`}
            label="Notes"
            rows={2}
            hint='Lines ending in "?" become questions to ask.'
            error={errors.notes?.message}
            {...register('notes')}
          />
          <FormFooter
            formError={formError}
            submitting={isSubmitting}
            label={interview ? 'Save interview' : 'Add interview'}
            onCancel={onDone}
          />
        </>
      )}
    </Form>
  );
}

function DebriefForm({ roleId, interview, onDone }: { roleId: string; interview: InterviewDto; onDone: () => void }) {
  const save = useSaveInterview(roleId);
  const stories = useQuery(storyTitlesQuery());
  const defaults: DebriefFormValues = {
    questions: interview.debrief?.questions.join('\n') ?? '',
    storyIds: interview.debrief?.storyIds ?? [],
    rating: interview.debrief?.rating ?? 3,
  };
  const prefix = `debrief-${interview.id}`;
  return (
    <Form
      schema={debriefFormSchema}
      defaultValues={defaults}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-label="Debrief"
      onSubmit={async ({ questions, storyIds, rating }) => {
        const list = questions
          .split('\n')
          .map((q) => q.trim())
          .filter(Boolean);
        await save.mutateAsync({ id: interview.id, values: { debrief: { questions: list, storyIds, rating } } });
        onDone();
      }}
    >
      {({ register, formState: { errors, isSubmitting }, formError }) => (
        <>
          <Textarea
            id={`${prefix}-questions`}
            label="Questions they asked"
            hint="One per line."
            rows={3}
            error={errors.questions?.message}
            {...register('questions')}
          />
          {stories.isPending ? (
            <Loading what="your stories" />
          ) : (
            <CheckChips
              legend="Stories you told"
              options={(stories.data ?? []).map((s) => ({ id: s.id, label: s.title }))}
              registration={register('storyIds')}
              error={errors.storyIds?.message}
            />
          )}
          <Select
            id={`${prefix}-rating`}
            label="How it went"
            options={[
              { id: '1', label: '1: poorly' },
              { id: '2', label: '2: mixed' },
              { id: '3', label: '3: well' },
              { id: '4', label: '4: very well' },
            ]}
            error={errors.rating?.message}
            {...register('rating')}
          />
          <FormFooter formError={formError} submitting={isSubmitting} label="Save debrief" onCancel={onDone} />
        </>
      )}
    </Form>
  );
}

/** A role's interviews, soonest first: add, edit, debrief, delete (after asking). */
export function InterviewsSection({ roleId }: { roleId: string }) {
  const interviews = useQuery(interviewsQuery(roleId));
  const remove = useDeleteInterview(roleId);
  const [editing, setEditing] = useState<string | null>(null);
  const [debriefing, setDebriefing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<InterviewDto | null>(null);
  return (
    <section aria-labelledby="interviews-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="interviews-heading" className="text-lg font-semibold">
          Interviews
        </h2>
        {editing !== 'new' && <Button onClick={() => setEditing('new')}>Add interview</Button>}
      </div>
      {editing === 'new' && <InterviewForm roleId={roleId} onDone={() => setEditing(null)} />}
      {interviews.isPending ? (
        <Loading what="interviews" />
      ) : interviews.isError ? (
        <LoadError what="interviews" message={interviews.error.message} onRetry={() => void interviews.refetch()} />
      ) : interviews.data.length === 0 ? (
        <p className="text-slate-600">No interviews yet. Add each round as it is booked; the dashboard counts down to the next one.</p>
      ) : (
        <ul className="space-y-3">
          {interviews.data.map((i) => (
            <li key={i.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="interview-item">
              {editing === i.id ? (
                <InterviewForm roleId={roleId} interview={i} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <p className="font-semibold">{roundLabels[i.round]}</p>
                      <p className="text-sm text-slate-700">
                        {when(i)} {i.timeZone && <span className="text-slate-500">({i.timeZone.replace(/_/g, ' ')})</span>} ·{' '}
                        {i.durationMinutes} min
                      </p>
                      {i.interviewers && <p className="text-sm text-slate-600">With {i.interviewers}</p>}
                    </div>
                    {i.debrief && <Badge tone="blue">Debriefed: {i.debrief.rating}/4</Badge>}
                  </div>
                  {i.notes && <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{i.notes}</p>}
                  <div className="mt-3 flex flex-wrap gap-2">
                    <Button variant="secondary" onClick={() => setDebriefing(debriefing === i.id ? null : i.id)}>
                      {i.debrief ? 'Edit debrief' : 'Debrief'}
                    </Button>
                    <Button variant="ghost" onClick={() => setEditing(i.id)} aria-label={`Edit ${roundLabels[i.round]} interview`}>
                      Edit
                    </Button>
                    <Button variant="ghost" onClick={() => setDeleting(i)} aria-label={`Delete ${roundLabels[i.round]} interview`}>
                      Delete
                    </Button>
                  </div>
                  {debriefing === i.id && (
                    <div className="mt-3">
                      <DebriefForm roleId={roleId} interview={i} onDone={() => setDebriefing(null)} />
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this interview?"
        body={deleting ? `The ${roundLabels[deleting.round].toLowerCase()} interview and its debrief will be gone for good.` : ''}
        confirmLabel="Delete"
        busy={remove.isPending}
        error={remove.error?.message}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      />
    </section>
  );
}
