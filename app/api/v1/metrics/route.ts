import { metricRoutes } from '@/lib/api/evidence';

export const GET = metricRoutes.list;
export const POST = metricRoutes.create;
