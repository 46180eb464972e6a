import type { ReactNode } from 'react';

/** First-run guidance: which guide step this page serves and what good evidence looks like. */
export function EmptyState({ title, step, children }: { title: string; step: string; children: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6" data-testid="empty-state">
      <p className="text-sm font-medium text-brand-700">{step}</p>
      <h2 className="mt-1 text-lg font-semibold">{title}</h2>
      <div className="mt-2 text-slate-700">{children}</div>
    </div>
  );
}
