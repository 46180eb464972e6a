import { desc } from 'drizzle-orm';
import { practiceEntries } from '../schema';
import { ownedCrud } from './owned';

export const practiceQueries = ownedCrud(practiceEntries, [desc(practiceEntries.date), desc(practiceEntries.createdAt)]);
