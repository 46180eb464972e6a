import { contactRoutes } from '@/lib/api/evidence';

export const GET = contactRoutes.read;
export const PATCH = contactRoutes.update;
export const DELETE = contactRoutes.remove;
