import { contactRoutes } from '@/lib/api/evidence';
import { otherMethods } from '@/lib/api/route';

export const GET = contactRoutes.list;
export const POST = contactRoutes.create;

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
