import { crudRoutes } from '@/lib/api/crud';
import { caseStudyService } from '@/lib/server/case-studies';
import { caseStudyCreateSchema, caseStudyPatchSchema } from '@/lib/validation/case-study';

/** The REST handlers of /api/v1/case-studies and /api/v1/case-studies/:id. */
export const handlers = crudRoutes({ service: caseStudyService, create: caseStudyCreateSchema, patch: caseStudyPatchSchema });
