import { desc } from 'drizzle-orm';
import { caseStudies } from '../schema';
import { ownedCrud } from './owned';

export type CaseStudyRecord = Omit<typeof caseStudies.$inferSelect, 'userId'>;

export const caseStudyQueries = ownedCrud(caseStudies, [desc(caseStudies.updatedAt)]);
