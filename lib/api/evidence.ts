import { caseStudyQueries, type CaseStudyRecord } from '@/db/queries/case-studies';
import { contactQueries } from '@/db/queries/contacts';
import { metricQueries, type MetricRecord } from '@/db/queries/metrics';
import { practiceQueries } from '@/db/queries/practice';
import { getStoryById } from '@/db/queries/stories';
import { assessCaseStudy } from '@/lib/domain/case-study';
import { changePct, formatImpactBullet } from '@/lib/domain/impact-metric';
import {
  caseStudyCreateSchema,
  caseStudyPatchSchema,
  contactCreateSchema,
  contactPatchSchema,
  metricCreateSchema,
  metricPatchSchema,
  practiceCreateSchema,
  practicePatchSchema,
} from '@/lib/validation/evidence';
import { crudRoutes } from './crud';
import { AppError } from './errors';

export const presentMetric = (m: MetricRecord) => ({ ...m, changePct: changePct(m.baseline, m.result), bullet: formatImpactBullet(m) });
export type MetricDto = ReturnType<typeof presentMetric>;

export const practiceRoutes = crudRoutes({
  what: 'practice entry',
  queries: practiceQueries,
  present: (rows) => rows,
  create: practiceCreateSchema,
  patch: practicePatchSchema,
});

export const contactRoutes = crudRoutes({
  what: 'contact',
  queries: contactQueries,
  present: (rows) => rows,
  create: contactCreateSchema,
  patch: contactPatchSchema,
});

export const metricRoutes = crudRoutes({
  what: 'metric',
  queries: metricQueries,
  create: metricCreateSchema,
  patch: metricPatchSchema,
  present: (rows) => rows.map(presentMetric),
  checkRefs: (userId, { storyId, caseStudyId }) => {
    // Someone else's id gets the same answer as an id that never existed.
    // Any id that is sent is checked, '' included: an unchecked one would reach the foreign key as a 500.
    if (storyId != null && !getStoryById({ userId, id: storyId })) {
      throw new AppError('bad_request', 'The linked story does not exist.', { storyId: ['No such story.'] });
    }
    if (caseStudyId != null && !caseStudyQueries.get({ userId, id: caseStudyId })) {
      throw new AppError('bad_request', 'The linked case study does not exist.', { caseStudyId: ['No such case study.'] });
    }
  },
});

function presentCaseStudies(rows: CaseStudyRecord[], userId: string) {
  const metrics = rows.length ? metricQueries.list({ userId }).map(presentMetric) : [];
  return rows.map((study) => {
    const linked = metrics.filter((m) => m.caseStudyId === study.id);
    return { ...study, metrics: linked, ...assessCaseStudy(study, linked) };
  });
}
export type CaseStudyDto = ReturnType<typeof presentCaseStudies>[number];

export const caseStudyRoutes = crudRoutes({
  what: 'case study',
  queries: caseStudyQueries,
  create: caseStudyCreateSchema,
  patch: caseStudyPatchSchema,
  present: presentCaseStudies,
});
