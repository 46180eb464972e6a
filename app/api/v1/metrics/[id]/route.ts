import { metricRoutes } from '@/lib/api/evidence';
import { otherMethods } from '@/lib/api/route';

export const GET = metricRoutes.read;
export const PATCH = metricRoutes.update;
export const DELETE = metricRoutes.remove;

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
