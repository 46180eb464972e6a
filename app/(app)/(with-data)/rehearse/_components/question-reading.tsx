import type { QuestionDto } from '@/lib/validation/rehearsal';

const percent = (p: number) => `${Math.round(p * 100)}%`;

/** How Starboard read a question: the theme it asks about and how sure it is, or that it needs no story. */
export function QuestionReading({ question }: { question: QuestionDto }) {
  if (question.kind === 'other') {
    const about = question.category ? `: it asks about ${question.category.label.toLowerCase()}` : '';
    // The bar for offering stories sits above even odds (a hidden story costs more than a needless
    // one), so a decline can come with less than even confidence; say so plainly.
    return (
      <p className="text-sm text-slate-700" data-testid="question-reading">
        {question.kindConfidence >= 0.6
          ? `Needs no leadership story${about} (${percent(question.kindConfidence)} sure).`
          : `May need no leadership story${about}; Starboard is unsure (a story is ${percent(1 - question.kindConfidence)} likely).`}
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
