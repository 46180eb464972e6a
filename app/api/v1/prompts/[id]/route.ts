import { handlers } from '../handlers';
import { otherMethods } from '@/lib/api/route';

// Built-in ids ("builtin.*") fail the id pattern, so editing or deleting one is a 404.
export const GET = handlers.read;
export const PATCH = handlers.update;
export const DELETE = handlers.remove;

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
