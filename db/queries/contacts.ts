import { desc } from 'drizzle-orm';
import { contacts } from '../schema';
import { ownedCrud } from './owned';

export type ContactRecord = Omit<typeof contacts.$inferSelect, 'userId'>;

export const contactQueries = ownedCrud(contacts, [desc(contacts.metOn), desc(contacts.createdAt)]);
