'use client';

import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form/form';
import { Textarea } from '@/components/ui/form/textarea';
import { useMatchQuestion } from '@/lib/client/rehearsal';
import { matchQuerySchema } from '@/lib/validation/rehearsal';
import { QuestionReading } from './question-reading';
import { Suggestions } from './suggestions';

/** Paste a question from a job post or a recruiter and see which story answers it. */
export function PasteQuestion() {
  const match = useMatchQuestion();
  return (
    <section aria-labelledby="paste-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="paste-heading" className="text-lg font-semibold">
        Which story answers this?
      </h2>
      <Form schema={matchQuerySchema} defaultValues={{ q: '' }} className="space-y-2" onSubmit={({ q }) => match.mutateAsync(q)}>
        {({ register, formState: { errors }, formError }) => (
          <>
            <Textarea
              id="pasted-question"
              label="Paste an interview question"
              rows={2}
              placeholder="e.g. Tell me about a time you had to push back on a product leader."
              error={errors.q?.message ?? formError}
              {...register('q')}
            />
            <Button type="submit" disabled={match.isPending}>
              Find my story
            </Button>
          </>
        )}
      </Form>
      <div aria-live="polite" className="space-y-3">
        {match.data && (
          <>
            <QuestionReading question={match.data.question} />
            <Suggestions items={match.data.items} missingTheme={match.data.missingTheme} note={match.data.note} />
          </>
        )}
      </div>
    </section>
  );
}
