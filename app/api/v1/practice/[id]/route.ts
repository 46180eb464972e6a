import { practiceRoutes } from '@/lib/api/evidence';

export const GET = practiceRoutes.read;
export const PATCH = practiceRoutes.update;
export const DELETE = practiceRoutes.remove;
