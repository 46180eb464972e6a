import { eq, sql } from 'drizzle-orm';
import type { Evidence } from '@/lib/domain/coverage';
import { cachedStatement, getDb } from '../client';
import { caseStudies, contacts, impactMetrics, practiceEntries, stories, users } from '../schema';
import { getFundamentalsByUser } from './fundamentals';

const blank = (column: unknown) => sql`trim(${column}, ' ' || char(9, 10, 13)) = ''`;

/** Everything the coverage engine needs for one user, in one query per table. */
export function getCoverageEvidenceByUser({ userId }: { userId: string }): Evidence {
  const db = getDb();
  const profile = db.select({ targetIndustry: users.targetIndustry }).from(users).where(eq(users.id, userId)).get() ?? {
    targetIndustry: null,
  };
  const storyRows = db
    .select({
      id: stories.id,
      ready: stories.ready,
      themes: stories.themes,
      competencies: stories.competencies,
      painPoints: stories.painPoints,
    })
    .from(stories)
    .where(eq(stories.userId, userId))
    .all();
  const caseStudyRows = db
    .select({
      id: caseStudies.id,
      dimension: caseStudies.dimension,
      painPoints: caseStudies.painPoints,
      sectionsWritten: sql<number>`not (${blank(caseStudies.context)} or ${blank(caseStudies.role)} or ${blank(caseStudies.approach)} or ${blank(caseStudies.tradeoffs)} or ${blank(caseStudies.outcome)})`,
      // Qualified by hand: drizzle leaves columns unqualified in a one-table select, which the subquery would misread.
      hasBaselineMetric: sql<number>`exists (select 1 from impact_metrics m where m.case_study_id = case_studies.id and m.user_id = ${userId} and m.baseline is not null)`,
    })
    .from(caseStudies)
    .where(eq(caseStudies.userId, userId))
    .all();
  const metrics = db
    .select({ onResume: impactMetrics.onResume, onLinkedin: impactMetrics.onLinkedin })
    .from(impactMetrics)
    .where(eq(impactMetrics.userId, userId))
    .all();
  const practice = db.selectDistinct({ area: practiceEntries.area }).from(practiceEntries).where(eq(practiceEntries.userId, userId)).all();
  const contactRows = db
    .select({ industry: contacts.industry, painPoints: contacts.painPoints })
    .from(contacts)
    .where(eq(contacts.userId, userId))
    .all();
  return {
    profile,
    stories: storyRows,
    caseStudies: caseStudyRows.map((c) => ({
      ...c,
      sectionsWritten: Boolean(c.sectionsWritten),
      hasBaselineMetric: Boolean(c.hasBaselineMetric),
    })),
    metrics,
    fundamentals: getFundamentalsByUser({ userId }),
    practice,
    contacts: contactRows,
  };
}

/**
 * Changes whenever anything in the database changes: this connection's write count plus
 * SQLite's data_version, which moves when another connection (npm run demo, say) commits.
 */
export function getDatabaseVersion(): string {
  const changes = cachedStatement('SELECT total_changes()').pluck().get() as number;
  const dataVersion = cachedStatement('PRAGMA data_version').pluck().get() as number;
  return `${changes}:${dataVersion}`;
}
