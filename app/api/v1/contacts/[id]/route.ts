import { contactRoutes } from '@/lib/api/evidence';
import { otherMethods } from '@/lib/api/route';

export const GET = contactRoutes.read;
export const PATCH = contactRoutes.update;
export const DELETE = contactRoutes.remove;

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
