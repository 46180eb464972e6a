import { practiceRoutes } from '@/lib/api/evidence';

export const GET = practiceRoutes.list;
export const POST = practiceRoutes.create;
