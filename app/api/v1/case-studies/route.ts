import { handlers } from './handlers';
import { otherMethods } from '@/lib/api/route';

export const GET = handlers.list;
export const POST = handlers.create;

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
