import { practiceRoutes } from '@/lib/api/evidence';
import { otherMethods } from '@/lib/api/route';

export const GET = practiceRoutes.list;
export const POST = practiceRoutes.create;

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
