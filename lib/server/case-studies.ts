import 'server-only';
import { caseStudyQueries, type CaseStudyRecord } from '@/db/queries/case-studies';
import { metricQueries } from '@/db/queries/metrics';
import { assessCaseStudy } from '@/lib/domain/case-study';
import type { CaseStudyDto } from '@/lib/validation/case-study';
import { presentMetric } from './metrics';
import { ownedService } from './owned-service';

function presentCaseStudies(rows: CaseStudyRecord[], userId: string): CaseStudyDto[] {
  const metrics = rows.length ? metricQueries.list({ userId }).map(presentMetric) : [];
  return rows.map((study) => {
    const linked = metrics.filter((m) => m.caseStudyId === study.id);
    return { ...study, metrics: linked, ...assessCaseStudy(study, linked) };
  });
}

export const caseStudyService = ownedService({ what: 'case study', queries: caseStudyQueries, present: presentCaseStudies });
