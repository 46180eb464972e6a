import type { LintFinding } from '@/lib/domain/star-lint';

/** Lint findings for one field, errors first, announced as they change. */
export function Findings({ id, findings }: { id: string; findings: LintFinding[] }) {
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul id={id} aria-live="polite" className="space-y-1">
      {sorted.map((f) => (
        <li
          key={f.code}
          data-lint={f.code}
          className={`flex gap-1.5 text-sm ${f.severity === 'error' ? 'text-red-700' : 'text-amber-800'}`}
        >
          <span aria-hidden>{f.severity === 'error' ? '✕' : '!'}</span>
          <span>
            <span className="sr-only">{f.severity === 'error' ? 'Blocks ready: ' : 'Advice: '}</span>
            {f.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
