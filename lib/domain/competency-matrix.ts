import type { Guide } from '@/lib/guide/guide-schema';

export type MatrixRow = {
  id: string;
  label: string;
  kind: 'theme' | 'responsibility' | 'skill' | 'skill_gap';
  storyIds: string[];
  caseStudyIds: string[];
  /** 0 none, 1 one piece of evidence, 2 two or more. */
  strength: 0 | 1 | 2;
};

export type CompetencyMatrix = { rows: MatrixRow[]; overusedStoryIds: string[] };

export const OVERUSED_THEME_COUNT = 3;

/** Which themes and competencies the ready stories and complete case studies cover, and how thickly. */
export function computeCompetencyMatrix(
  guide: Pick<Guide, 'themes' | 'competencies' | 'dimensionCompetencies'>,
  readyStories: readonly { id: string; themes: string[]; competencies: string[] }[],
  completeCaseStudies: readonly { id: string; dimension: string }[],
): CompetencyMatrix {
  const row = (id: string, label: string, kind: MatrixRow['kind'], storyIds: string[], caseStudyIds: string[]): MatrixRow => {
    const n = storyIds.length + caseStudyIds.length;
    return { id, label, kind, storyIds, caseStudyIds, strength: n >= 2 ? 2 : n === 1 ? 1 : 0 };
  };
  const themeRows = guide.themes.map((t) =>
    row(
      t.id,
      t.label,
      'theme',
      readyStories.filter((s) => s.themes.includes(t.id)).map((s) => s.id),
      [],
    ),
  );
  const competencyRows = guide.competencies.map((c) =>
    row(
      c.id,
      c.label,
      c.kind,
      readyStories.filter((s) => s.competencies.includes(c.id)).map((s) => s.id),
      completeCaseStudies.filter((cs) => guide.dimensionCompetencies[cs.dimension]?.includes(c.id)).map((cs) => cs.id),
    ),
  );
  // A story stretched over many themes is usually thin on each of them.
  const overusedStoryIds = readyStories.filter((s) => s.themes.length > OVERUSED_THEME_COUNT).map((s) => s.id);
  return { rows: [...themeRows, ...competencyRows], overusedStoryIds };
}

/** A matrix row as the dashboard draws it: evidence counted, not listed. */
export type MatrixRowCounts = Omit<MatrixRow, 'storyIds' | 'caseStudyIds'> & { stories: number; caseStudies: number };

/**
 * The matrix reduced to counts for display. A heavy user's theme rows list hundreds of story ids;
 * the dashboard only shows how many, so it should not carry them to the browser.
 */
export function countMatrixRows(matrix: CompetencyMatrix): MatrixRowCounts[] {
  return matrix.rows.map(({ storyIds, caseStudyIds, ...row }) => ({ ...row, stories: storyIds.length, caseStudies: caseStudyIds.length }));
}
