import { storyRoutes } from '@/lib/api/stories';

export const GET = storyRoutes.read;
export const PATCH = storyRoutes.update;
export const DELETE = storyRoutes.remove;
