import 'server-only';
import { contactQueries } from '@/db/queries/contacts';
import { ownedService } from './owned-service';

export const contactService = ownedService({ what: 'contact', queries: contactQueries, present: (rows) => rows });
