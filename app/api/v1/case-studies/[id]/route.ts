import { caseStudyRoutes } from '@/lib/api/evidence';
import { otherMethods } from '@/lib/api/route';

export const GET = caseStudyRoutes.read;
export const PATCH = caseStudyRoutes.update;
export const DELETE = caseStudyRoutes.remove;

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
