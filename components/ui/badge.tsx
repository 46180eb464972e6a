import type { ReactNode } from 'react';

const tones = {
  green: 'bg-green-100 text-green-800 ring-green-600/20',
  gray: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  amber: 'bg-amber-100 text-amber-900 ring-amber-600/20',
  blue: 'bg-brand-50 text-brand-700 ring-brand-600/20',
} as const;

export function Badge({ tone = 'gray', children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </span>
  );
}
