import Link from 'next/link';
import type { MissingTheme, SuggestedStory } from '@/lib/client/rehearsal';

const parts = ['situation', 'task', 'action', 'result'] as const;

/** Stories that fit the prompt, each opening to its STAR parts as cue cards; or why none is suggested. */
export function Suggestions({ items, missingTheme, note }: { items: SuggestedStory[]; missingTheme: MissingTheme; note?: string | null }) {
  return (
    <section aria-labelledby="suggestions-heading" className="space-y-2">
      <h2 id="suggestions-heading" className="font-semibold">
        Stories that fit
      </h2>
      {items.length === 0 && (
        <p className="text-sm text-slate-700" data-testid="match-note">
          {note ?? 'None of your stories fits this prompt yet.'}
        </p>
      )}
      {items.map(({ story, why }) => (
        <details key={story.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="suggestion">
          <summary className="cursor-pointer">
            <span className="font-medium">{story.title}</span>
            {why && <span className="block text-xs text-slate-600">Why: {why}</span>}
          </summary>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {parts.map((p) => (
              <div key={p} className="rounded-md bg-slate-50 p-2 text-sm">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{p}</p>
                <p className="whitespace-pre-line">{story[p] || '—'}</p>
              </div>
            ))}
          </div>
        </details>
      ))}
      {missingTheme && (
        <p className="text-sm text-amber-900" data-testid="missing-theme">
          No ready story on {missingTheme.label.toLowerCase()} yet.{' '}
          <Link href={missingTheme.href} className="font-medium underline">
            Write one
          </Link>
          .
        </p>
      )}
    </section>
  );
}
