import 'server-only';
import { caseStudyQueries } from '@/db/queries/case-studies';
import { metricQueries, type MetricRecord } from '@/db/queries/metrics';
import { getStoryById } from '@/db/queries/stories';
import { changePct, formatImpactBullet } from '@/lib/domain/impact-metric';
import { AppError } from '@/lib/errors';
import type { MetricDto } from '@/lib/validation/metric';
import { ownedService } from './owned-service';

export const presentMetric = (m: MetricRecord): MetricDto => ({
  ...m,
  changePct: changePct(m.baseline, m.result),
  bullet: formatImpactBullet(m),
});

export const metricService = ownedService({
  what: 'metric',
  queries: metricQueries,
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
