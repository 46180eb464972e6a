import { practiceRoutes } from '@/lib/api/evidence';
import { otherMethods } from '@/lib/api/route';

export const GET = practiceRoutes.read;
export const PATCH = practiceRoutes.update;
export const DELETE = practiceRoutes.remove;

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
