import { promptRoutes } from '@/lib/api/rehearsal';
import { otherMethods } from '@/lib/api/route';

// Built-in ids ("builtin.*") fail the id pattern, so editing or deleting one is a 404.
export const GET = promptRoutes.read;
export const PATCH = promptRoutes.update;
export const DELETE = promptRoutes.remove;

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
