import { storyRoutes } from '@/lib/api/stories';
import { otherMethods } from '@/lib/api/route';

export const GET = storyRoutes.read;
export const PATCH = storyRoutes.update;
export const DELETE = storyRoutes.remove;

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
