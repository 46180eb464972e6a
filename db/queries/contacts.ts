import { desc } from 'drizzle-orm';
import { contacts } from '../schema';
import { ownedCrud } from './owned';

export const contactQueries = ownedCrud(contacts, [desc(contacts.metOn), desc(contacts.createdAt)]);
