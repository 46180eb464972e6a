import { loadCoverageEvidence } from '@/db/queries/coverage';
import { computeCompetencyMatrix } from '@/lib/domain/competency-matrix';
import { computeCoverage } from '@/lib/domain/coverage';
import { platformEmGuide } from '@/lib/guide/platform-em-guide';

/** The coverage report and competency matrix for one user, computed fresh from their data. */
export function coverageForUser(userId: string, now = new Date()) {
  const evidence = loadCoverageEvidence({ userId });
  const report = computeCoverage(platformEmGuide, evidence, now);
  const matrix = computeCompetencyMatrix(
    platformEmGuide,
    evidence.stories.filter((s) => s.ready),
    evidence.caseStudies.filter((c) => c.sectionsWritten && c.hasBaselineMetric),
  );
  const empty =
    evidence.stories.length + evidence.caseStudies.length + evidence.metrics.length + evidence.practice.length + evidence.contacts.length === 0;
  return { ...report, matrix, empty };
}

export type CoverageDto = ReturnType<typeof coverageForUser>;
