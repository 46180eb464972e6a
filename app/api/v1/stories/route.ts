import { storyRoutes } from '@/lib/api/stories';

export const GET = storyRoutes.list;
export const POST = storyRoutes.create;
