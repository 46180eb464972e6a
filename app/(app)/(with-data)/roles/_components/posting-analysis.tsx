import { postingSentences } from '@/lib/domain/posting-analysis';
import type { RoleDto } from '@/lib/validation/role';

type Weighted = RoleDto['analysis']['themes'][number];

function WeightList({ title, items, empty }: { title: string; items: Weighted[]; empty: string }) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {items.slice(0, 5).map((x) => (
            <li key={x.id} className="text-sm">
              <div className="flex justify-between gap-2">
                <span>{x.label}</span>
                <span className="tabular-nums text-slate-600">{Math.round(x.weight * 100)}%</span>
              </div>
              <div className="h-1.5 rounded bg-slate-100" aria-hidden>
                <div className="h-1.5 rounded bg-brand-600" style={{ width: `${Math.round(x.weight * 100)}%` }} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What the posting stresses, and the posting itself with the sentences that drove it highlighted. */
export function PostingAnalysis({ role }: { role: RoleDto }) {
  const { analysis } = role;
  const evidence = new Set([...analysis.themes, ...analysis.competencies, ...analysis.painPoints].slice(0, 12).flatMap((x) => x.evidence));
  const sentences = postingSentences(role.posting);
  return (
    <section aria-labelledby="analysis-heading" className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="analysis-heading" className="mb-3 text-lg font-semibold">
        What the posting stresses
      </h2>
      {!role.posting.trim() ? (
        <p className="text-slate-700">
          No posting yet. Edit the role on the Roles page and paste the posting text to see what it stresses.
        </p>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            <WeightList title="Themes" items={analysis.themes} empty="No leadership theme stands out." />
            <WeightList title="Competencies" items={analysis.competencies} empty="No competency stands out." />
            <WeightList title="Pain points" items={analysis.painPoints} empty="No pain point named." />
          </div>
          {analysis.missingTerms.length > 0 && (
            <p className="mt-4 text-sm" data-testid="missing-terms">
              <span className="font-medium">Terms none of your evidence mentions:</span> {analysis.missingTerms.join(', ')}
            </p>
          )}
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium">The posting, with the sentences that drove this highlighted</summary>
            <div className="mt-2 max-h-96 space-y-1 overflow-y-auto text-sm text-slate-700">
              {sentences.map((s, i) =>
                evidence.has(s) ? (
                  <p key={i}>
                    <mark className="rounded bg-amber-100 px-0.5">{s}</mark>
                  </p>
                ) : (
                  <p key={i}>{s}</p>
                ),
              )}
            </div>
          </details>
        </>
      )}
    </section>
  );
}
