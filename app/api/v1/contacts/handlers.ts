import { crudRoutes } from '@/lib/api/crud';
import { contactService } from '@/lib/server/contacts';
import { contactCreateSchema, contactPatchSchema } from '@/lib/validation/contact';

/** The REST handlers of /api/v1/contacts and /api/v1/contacts/:id. */
export const handlers = crudRoutes({ service: contactService, create: contactCreateSchema, patch: contactPatchSchema });
