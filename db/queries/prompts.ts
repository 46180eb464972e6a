import { desc } from 'drizzle-orm';
import { prompts } from '../schema';
import { ownedCrud } from './owned';

export const promptQueries = ownedCrud(prompts, [desc(prompts.createdAt)]);
