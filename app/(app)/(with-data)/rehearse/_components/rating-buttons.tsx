import type { RehearsalRating } from '@/lib/guide/enums';

export const ratingOptions: { rating: RehearsalRating; key: string; label: string; meaning: string }[] = [
  { rating: 'again', key: '1', label: 'Again', meaning: 'Could not answer well. It comes back soon.' },
  { rating: 'hard', key: '2', label: 'Hard', meaning: 'Got through it, but shaky.' },
  { rating: 'good', key: '3', label: 'Good', meaning: 'A solid, structured answer.' },
  { rating: 'easy', key: '4', label: 'Easy', meaning: 'Effortless. See it much later.' },
];

export function RatingButtons({ onRate, disabled }: { onRate: (r: RehearsalRating) => void; disabled?: boolean }) {
  return (
    <fieldset disabled={disabled}>
      <legend className="mb-2 font-semibold">How did that go?</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {ratingOptions.map((o) => (
          <button
            key={o.rating}
            type="button"
            onClick={() => onRate(o.rating)}
            className="rounded-lg border border-slate-300 bg-white p-2 text-left hover:border-brand-600 disabled:opacity-50"
          >
            <span className="font-semibold">
              {o.label} <kbd className="ml-1 rounded border border-slate-300 px-1 text-xs">{o.key}</kbd>
            </span>
            <span className="block text-xs text-slate-600">{o.meaning}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
