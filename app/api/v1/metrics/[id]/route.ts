import { metricRoutes } from '@/lib/api/evidence';

export const GET = metricRoutes.read;
export const PATCH = metricRoutes.update;
export const DELETE = metricRoutes.remove;
