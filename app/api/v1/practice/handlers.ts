import { crudRoutes } from '@/lib/api/crud';
import { practiceService } from '@/lib/server/practice';
import { practiceCreateSchema, practicePatchSchema } from '@/lib/validation/practice';

/** The REST handlers of /api/v1/practice and /api/v1/practice/:id. */
export const handlers = crudRoutes({ service: practiceService, create: practiceCreateSchema, patch: practicePatchSchema });
