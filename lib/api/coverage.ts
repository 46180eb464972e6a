import { databaseVersion, loadCoverageEvidence } from '@/db/queries/coverage';
import { computeCompetencyMatrix } from '@/lib/domain/competency-matrix';
import { computeCoverage } from '@/lib/domain/coverage';
import { platformEmGuide } from '@/lib/guide/platform-em-guide';

/** Loads one user's evidence and computes report and matrix, uncached. */
export function computeCoverageForUser(userId: string, now: Date) {
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

export type CoverageDto = ReturnType<typeof computeCoverageForUser>;

// Reports keyed by the database version: any write anywhere invalidates them, so a cached
// report is always identical to a fresh computation. Bounded so memory stays flat.
const cache = new Map<string, { version: string; report: CoverageDto }>();
const CACHE_USERS = 200;

/** The coverage report and competency matrix for one user, as of the database's current state. */
export function coverageForUser(userId: string, now = new Date()): CoverageDto {
  const version = databaseVersion();
  const hit = cache.get(userId);
  if (hit && hit.version === version) return { ...hit.report, generatedAt: now.toISOString() };
  const report = computeCoverageForUser(userId, now);
  cache.delete(userId);
  cache.set(userId, { version, report });
  if (cache.size > CACHE_USERS) cache.delete(cache.keys().next().value!);
  return report;
}
