import { caseStudyRoutes } from '@/lib/api/evidence';

export const GET = caseStudyRoutes.list;
export const POST = caseStudyRoutes.create;
