import { otherMethods } from '@/lib/api/route';
import { handlers } from './handlers';

export const GET = handlers.list;
export const POST = handlers.create;

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
