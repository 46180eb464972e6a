import { Button } from '@/components/ui/button';
import type { RehearsalRating } from '@/lib/guide/enums';
import { ratingOptions } from './rating-buttons';

export type MockResult = { text: string; rating: RehearsalRating; seconds: number };

const fmt = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

export function MockSummary({ results, onRestart }: { results: MockResult[]; onRestart: () => void }) {
  const total = results.reduce((s, r) => s + r.seconds, 0);
  const long = results.filter((r) => r.seconds > 120).length;
  const weak = results.filter((r) => r.rating === 'again' || r.rating === 'hard').length;
  return (
    <section
      aria-labelledby="summary-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
      data-testid="mock-summary"
    >
      <h2 id="summary-heading" className="text-xl font-semibold">
        Mock interview summary
      </h2>
      <p className="text-slate-700">
        {results.length} answers in {fmt(total)} · average {fmt(Math.round(total / Math.max(1, results.length)))} · {long} over two minutes
        · {weak} to practise again
      </p>
      <ol className="list-decimal space-y-2 pl-5">
        {results.map((r, i) => (
          <li key={i}>
            <p>{r.text}</p>
            <p className="text-sm text-slate-600">
              {ratingOptions.find((o) => o.rating === r.rating)?.label} · {fmt(r.seconds)}
            </p>
          </li>
        ))}
      </ol>
      <Button onClick={onRestart}>Start another mock interview</Button>
    </section>
  );
}
