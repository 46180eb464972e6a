import { crudRoutes } from '@/lib/api/crud';
import { metricService } from '@/lib/server/metrics';
import { metricCreateSchema, metricPatchSchema } from '@/lib/validation/metric';

/** The REST handlers of /api/v1/metrics and /api/v1/metrics/:id. */
export const handlers = crudRoutes({ service: metricService, create: metricCreateSchema, patch: metricPatchSchema });
