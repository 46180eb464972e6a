import { desc } from 'drizzle-orm';
import { caseStudies } from '../schema';
import { ownedCrud } from './owned';

export type CaseStudyRecord = Omit<typeof caseStudies.$inferSelect, 'userId'>;
type CaseStudyValues = Omit<CaseStudyRecord, 'id' | 'createdAt' | 'updatedAt'>;

export const caseStudyQueries = ownedCrud<CaseStudyRecord, CaseStudyValues>(caseStudies, [desc(caseStudies.updatedAt)]);
