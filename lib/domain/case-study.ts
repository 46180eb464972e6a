export const CASE_STUDY_SECTIONS = ['context', 'role', 'approach', 'tradeoffs', 'outcome'] as const;
export type CaseStudySection = (typeof CASE_STUDY_SECTIONS)[number];

export const caseStudySectionLabels: Record<CaseStudySection, string> = {
  context: 'Context',
  role: 'Your role',
  approach: 'Approach',
  tradeoffs: 'Trade-offs',
  outcome: 'Outcome',
};

/** Interview-ready means every section written and at least one linked metric with a before value. */
export function assessCaseStudy(
  study: Record<CaseStudySection, string>,
  linkedMetrics: readonly { baseline: number | null }[],
): { complete: boolean; missing: string[] } {
  const missing: string[] = CASE_STUDY_SECTIONS.filter((s) => study[s].trim() === '').map((s) => caseStudySectionLabels[s]);
  if (!linkedMetrics.some((m) => m.baseline !== null)) missing.push('a linked metric with a before value');
  return { complete: missing.length === 0, missing };
}
