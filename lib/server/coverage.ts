import 'server-only';
import { getDatabaseVersion, getCoverageEvidenceByUser } from '@/db/queries/coverage';
import { computeCompetencyMatrix, countMatrixRows } from '@/lib/domain/competency-matrix';
import { computeCoverage } from '@/lib/domain/coverage';
import { platformEmGuide } from '@/lib/guide/platform-em-guide';
import type { CoverageDto } from '@/lib/validation/coverage';

/** Loads one user's evidence and computes report and matrix, uncached. */
export function computeCoverageForUser(userId: string, now: Date): CoverageDto {
  const evidence = getCoverageEvidenceByUser({ userId });
  const report = computeCoverage(platformEmGuide, evidence, now);
  const matrix = computeCompetencyMatrix(
    platformEmGuide,
    evidence.stories.filter((s) => s.ready),
    evidence.caseStudies.filter((c) => c.sectionsWritten && c.hasBaselineMetric),
  );
  const empty =
    evidence.stories.length +
      evidence.caseStudies.length +
      evidence.metrics.length +
      evidence.practice.length +
      evidence.contacts.length ===
    0;
  // Counts, not id lists: a heavy user's theme rows would otherwise list hundreds of story ids in
  // every response; /api/v1/stories?theme= lists the stories behind a theme row.
  return { ...report, matrix: { rows: countMatrixRows(matrix), overusedStoryIds: matrix.overusedStoryIds }, empty };
}

// Reports keyed by the database version: any write anywhere invalidates them, so a cached
// report is always identical to a fresh computation. Bounded so memory stays flat.
const cache = new Map<string, { version: string; report: CoverageDto; json?: string }>();
const CACHE_USERS = 200;

/** The coverage report and competency matrix for one user, as of the database's current state. */
export function coverageForUser(userId: string, now = new Date()): CoverageDto {
  const version = getDatabaseVersion();
  const hit = cache.get(userId);
  if (hit && hit.version === version) return { ...hit.report, generatedAt: now.toISOString() };
  const report = computeCoverageForUser(userId, now);
  cache.delete(userId);
  cache.set(userId, { version, report });
  if (cache.size > CACHE_USERS) cache.delete(cache.keys().next().value!);
  return report;
}

/**
 * The coverage report as the API's JSON body. The serialized report is cached with it (a heavy
 * user's matrix lists every ready story per row, so serializing is most of the work); only the
 * time stamp is fresh on each call.
 */
export function coverageJsonForUser(userId: string, now = new Date()): string {
  const report = coverageForUser(userId, now);
  const entry = cache.get(userId)!;
  if (entry.json === undefined) {
    const { generatedAt: _stamp, ...rest } = entry.report;
    entry.json = JSON.stringify(rest);
  }
  // The stored JSON is an object without generatedAt; put the fresh stamp in front of its fields.
  return `{"generatedAt":${JSON.stringify(report.generatedAt)},${entry.json.slice(1)}`;
}
