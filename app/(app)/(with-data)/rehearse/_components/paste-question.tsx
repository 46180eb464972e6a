'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useMatchQuestion } from '@/lib/client/rehearsal';
import { Suggestions } from './suggestions';

/** Paste a question from a job post or a recruiter and see which story answers it. */
export function PasteQuestion() {
  const [q, setQ] = useState('');
  const match = useMatchQuestion();
  const fieldError = match.error && 'fieldErrors' in match.error ? (match.error.fieldErrors as Record<string, string[]>).q?.[0] : undefined;
  return (
    <section aria-labelledby="paste-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="paste-heading" className="text-lg font-semibold">
        Which story answers this?
      </h2>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          match.mutate(q);
        }}
      >
        <label htmlFor="pasted-question" className="block text-sm font-medium">
          Paste an interview question
        </label>
        <textarea
          id="pasted-question"
          rows={2}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2"
          placeholder="e.g. Tell me about a time you had to push back on a product leader."
        />
        {(fieldError ?? match.error?.message) && <p className="text-sm text-red-700">{fieldError ?? match.error?.message}</p>}
        <Button type="submit" disabled={match.isPending}>
          Find my story
        </Button>
      </form>
      {match.data && <Suggestions items={match.data.items} missingTheme={match.data.missingTheme} />}
    </section>
  );
}
