import { desc } from 'drizzle-orm';
import { practiceEntries } from '../schema';
import { ownedCrud } from './owned';

export type PracticeRecord = Omit<typeof practiceEntries.$inferSelect, 'userId'>;
type PracticeValues = Omit<PracticeRecord, 'id' | 'createdAt' | 'updatedAt'>;

export const practiceQueries = ownedCrud<PracticeRecord, PracticeValues>(practiceEntries, [
  desc(practiceEntries.date),
  desc(practiceEntries.createdAt),
]);
