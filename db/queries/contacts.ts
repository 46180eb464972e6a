import { desc } from 'drizzle-orm';
import { contacts } from '../schema';
import { ownedCrud } from './owned';

export type ContactRecord = Omit<typeof contacts.$inferSelect, 'userId'>;
type ContactValues = Omit<ContactRecord, 'id' | 'createdAt' | 'updatedAt'>;

export const contactQueries = ownedCrud<ContactRecord, ContactValues>(contacts, [desc(contacts.metOn), desc(contacts.createdAt)]);
