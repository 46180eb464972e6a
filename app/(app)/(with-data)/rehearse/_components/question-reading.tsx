import type { QuestionDto } from '@/lib/validation/rehearsal';

const percent = (p: number) => `${Math.round(p * 100)}%`;

/** How Starboard read a question: the theme it asks about and how sure it is, or that it needs no story. */
export function QuestionReading({ question }: { question: QuestionDto }) {
  if (question.kind === 'other') {
    return (
      <p className="text-sm text-slate-700" data-testid="question-reading">
        Needs no leadership story{question.category ? `: it asks about ${question.category.label.toLowerCase()}` : ''} (
        {percent(question.kindConfidence)} sure).
      </p>
    );
  }
  const [top, next] = question.themes;
  return (
    <p className="text-sm text-slate-700" data-testid="question-reading">
      {top ? (
        <>
          Reads as <strong className="font-semibold">{top.label}</strong> ({percent(top.confidence)} sure)
          {next && next.confidence >= 0.2 ? `, or maybe ${next.label.toLowerCase()} (${percent(next.confidence)})` : ''}.
        </>
      ) : (
        'Starboard cannot tell which theme this asks about.'
      )}
      {question.competencies.length > 0 && (
        <span className="block text-xs text-slate-600">Shows: {question.competencies.map((c) => c.label).join(', ')}</span>
      )}
    </p>
  );
}
