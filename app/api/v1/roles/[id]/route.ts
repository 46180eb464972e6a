import { otherMethods } from '@/lib/api/route';
import { handlers } from '../handlers';

export const GET = handlers.read;
export const PATCH = handlers.update;
export const DELETE = handlers.remove;

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
