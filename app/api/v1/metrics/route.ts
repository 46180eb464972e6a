import { metricRoutes } from '@/lib/api/evidence';
import { otherMethods } from '@/lib/api/route';

export const GET = metricRoutes.list;
export const POST = metricRoutes.create;

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
