'use client';

import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { understandQuestionText } from '@/lib/client/rehearsal';
import type { QuestionDto } from '@/lib/validation/rehearsal';

/** Inferred themes and competencies above this confidence are pre-selected; the rest are left to the user. */
const PREFILL_AT = 0.3;
const percent = (p: number) => `${Math.round(p * 100)}%`;

/**
 * Reads the question as it is typed (after a pause) and pre-selects the themes and competencies it
 * infers, as long as the user has not chosen any themselves. Everything stays editable.
 */
export function ThemePrefill({ form }: { form: UseFormReturn<FieldValues, unknown, FieldValues> }) {
  const text = String(form.watch('text') ?? '').trim();
  const [reading, setReading] = useState<QuestionDto | null>(null);

  useEffect(() => {
    if (text.length < 10) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      understandQuestionText(text, controller.signal)
        .then((question) => {
          setReading(question);
          const pick = (list: { id: string; confidence: number }[]) => list.filter((x) => x.confidence >= PREFILL_AT).map((x) => x.id);
          if (question.kind !== 'leadership_story') return;
          if (!form.getFieldState('themes').isDirty) form.setValue('themes', pick(question.themes).slice(0, 2));
          if (!form.getFieldState('competencies').isDirty) form.setValue('competencies', pick(question.competencies));
        })
        .catch(() => setReading(null)); // Pre-filling is a convenience; the form works without it.
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, form]);

  if (!reading || text.length < 10) return null;
  const top = reading.themes[0];
  return (
    <p className="text-sm text-slate-700" aria-live="polite" data-testid="theme-prefill">
      {reading.kind === 'other'
        ? `This reads as a question that needs no leadership story${reading.category ? ` (${reading.category.label.toLowerCase()})` : ''}, ${percent(reading.kindConfidence)} sure.`
        : top
          ? `Reads as ${top.label} (${percent(top.confidence)} sure). Themes you have not chosen yourself are pre-selected; change them freely.`
          : null}
    </p>
  );
}
