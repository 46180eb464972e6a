import { desc } from 'drizzle-orm';
import { prompts } from '../schema';
import { ownedCrud } from './owned';

export type PromptRecord = Omit<typeof prompts.$inferSelect, 'userId'>;
type PromptValues = Pick<PromptRecord, 'text' | 'themes' | 'competencies'>;

export const promptQueries = ownedCrud<PromptRecord, PromptValues>(prompts, [desc(prompts.createdAt)]);
