import Link from 'next/link';
import type { MatrixRow, MatrixRowCounts } from '@/lib/domain/competency-matrix';

const kindLabels: Record<MatrixRow['kind'], string> = {
  theme: 'Theme',
  responsibility: 'Responsibility',
  skill: 'Skill',
  skill_gap: 'Common gap',
};

const strengthStyle = ['bg-red-50 text-red-800', 'bg-amber-50 text-amber-900', 'bg-green-100 text-green-900'] as const;
const strengthWord = ['None', 'Thin', 'Solid'] as const;

/** Themes and competencies against your ready evidence; counts in every cell so colour is never the only signal. */
export function CompetencyHeatmap({ rows: matrixRows, overusedTitles }: { rows: MatrixRowCounts[]; overusedTitles: string[] }) {
  // Thin areas first; ties keep the guide's order.
  const rows = matrixRows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.strength - b.r.strength || a.i - b.i)
    .map((x) => x.r);
  return (
    <section aria-labelledby="matrix-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="matrix-heading" className="text-lg font-semibold">
        Competency matrix
      </h2>
      <p className="text-sm text-slate-600">What your ready stories and complete case studies cover. Thin areas come first.</p>
      {overusedTitles.length > 0 && (
        <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="overused">
          Stretched thin: {overusedTitles.map((title) => `"${title}"`).join(', ')} carries more than three themes. A story told for
          everything convinces on nothing; split it or drop themes.
        </p>
      )}
      <div className="mt-3 max-h-[32rem] overflow-auto">
        <table className="w-full border-separate border-spacing-y-1 text-sm">
          <caption className="sr-only">Evidence per theme and competency</caption>
          <thead className="sticky top-0 bg-white text-left text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-2 font-medium">
                Area
              </th>
              <th scope="col" className="hidden py-1 pr-2 font-medium sm:table-cell">
                Kind
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Stories
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Case studies
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                Strength
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.kind}-${r.id}`} data-row={r.id}>
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {r.kind === 'theme' ? (
                    <Link href={`/stories?theme=${r.id}`} className="underline decoration-slate-300 hover:decoration-brand-600">
                      {r.label}
                    </Link>
                  ) : (
                    r.label
                  )}
                </th>
                <td className="hidden py-1 pr-2 text-slate-600 sm:table-cell">{kindLabels[r.kind]}</td>
                <td className="px-2 py-1 text-right tabular-nums">{r.stories}</td>
                <td className="px-2 py-1 text-right tabular-nums">{r.caseStudies}</td>
                <td className={`rounded px-2 py-1 font-medium ${strengthStyle[r.strength]}`}>{strengthWord[r.strength]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
