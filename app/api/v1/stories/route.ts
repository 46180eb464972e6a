import { storyRoutes } from '@/lib/api/stories';
import { otherMethods } from '@/lib/api/route';

export const GET = storyRoutes.list;
export const POST = storyRoutes.create;

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
