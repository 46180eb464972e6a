import type { MatrixRowCounts } from '@/lib/domain/competency-matrix';
import type { CoverageReport } from '@/lib/domain/coverage';

/** GET /api/v1/coverage: the six steps with their checks, the competency matrix as counts, and whether the account is empty. */
export type CoverageDto = CoverageReport & {
  matrix: { rows: MatrixRowCounts[]; overusedStoryIds: string[] };
  empty: boolean;
};
