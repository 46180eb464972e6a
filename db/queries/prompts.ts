import { desc } from 'drizzle-orm';
import { prompts } from '../schema';
import { ownedCrud } from './owned';

export type PromptRecord = Omit<typeof prompts.$inferSelect, 'userId'>;

export const promptQueries = ownedCrud(prompts, [desc(prompts.createdAt)]);
