import { desc } from 'drizzle-orm';
import { practiceEntries } from '../schema';
import { ownedCrud } from './owned';

export type PracticeRecord = Omit<typeof practiceEntries.$inferSelect, 'userId'>;

export const practiceQueries = ownedCrud(practiceEntries, [desc(practiceEntries.date), desc(practiceEntries.createdAt)]);
