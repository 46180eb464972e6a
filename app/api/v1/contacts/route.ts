import { contactRoutes } from '@/lib/api/evidence';

export const GET = contactRoutes.list;
export const POST = contactRoutes.create;
