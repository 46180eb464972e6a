import type { ContactDto, ContactInput } from '@/lib/validation/contact';
import { resourceClient } from './resource';

export const contactsClient = resourceClient<ContactDto, ContactInput>('contacts', '/api/v1/contacts');
