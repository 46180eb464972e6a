import { caseStudyRoutes } from '@/lib/api/evidence';

export const GET = caseStudyRoutes.read;
export const PATCH = caseStudyRoutes.update;
export const DELETE = caseStudyRoutes.remove;
