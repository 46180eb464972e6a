import { caseStudyRoutes } from '@/lib/api/evidence';
import { otherMethods } from '@/lib/api/route';

export const GET = caseStudyRoutes.list;
export const POST = caseStudyRoutes.create;

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
