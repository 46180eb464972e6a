import { eq, sql } from 'drizzle-orm';
import { demoWorkspace } from '@/lib/demo/workspace';
import { getDb } from '../client';
import { caseStudies, contacts, impactMetrics, practiceEntries, stories } from '../schema';
import { caseStudyQueries } from './case-studies';
import { contactQueries } from './contacts';
import { putFundamentals } from './fundamentals';
import { metricQueries } from './metrics';
import { practiceQueries } from './practice';
import { createStory } from './stories';
import { updateUserProfile } from './users';

/** True when the user has no evidence of any kind yet. */
export function isWorkspaceEmpty({ userId }: { userId: string }): boolean {
  const owned = (table: typeof stories | typeof caseStudies | typeof impactMetrics | typeof practiceEntries | typeof contacts) =>
    getDb().select({ n: sql<number>`count(*)` }).from(table).where(eq(table.userId, userId)).get()?.n ?? 0;
  return [stories, caseStudies, impactMetrics, practiceEntries, contacts].every((t) => owned(t) === 0);
}

/** Loads the demo workspace into one user's account, all or nothing. */
export function seedDemoWorkspace({ userId }: { userId: string }): void {
  const w = demoWorkspace;
  getDb().transaction(() => {
    updateUserProfile({ userId, changes: { targetIndustry: w.targetIndustry } });
    for (const story of w.stories) createStory({ userId, values: { resultQualitative: false, ...story } });
    const studyIds = Object.fromEntries(
      Object.entries(w.caseStudies).map(([key, values]) => [key, caseStudyQueries.create({ userId, values }).id]),
    );
    for (const { caseStudy, ...metric } of w.metrics) {
      metricQueries.create({ userId, values: { ...metric, storyId: null, caseStudyId: caseStudy ? studyIds[caseStudy]! : null } });
    }
    putFundamentals({ userId, profile: w.fundamentals });
    for (const entry of w.practice) practiceQueries.create({ userId, values: entry });
    for (const contact of w.contacts) contactQueries.create({ userId, values: contact });
  });
}
