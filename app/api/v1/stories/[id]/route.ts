import { deleteStory, getStoryById, updateStory } from '@/db/queries/stories';
import { notFound } from '@/lib/api/errors';
import { route } from '@/lib/api/route';
import { presentStory } from '@/lib/domain/story-view';
import { idParamsSchema } from '@/lib/validation/common';
import { storyPatchSchema } from '@/lib/validation/story';

export const GET = route({ params: idParamsSchema }, ({ userId, params }) => {
  const story = getStoryById({ userId, id: params.id });
  if (!story) throw notFound('story');
  return presentStory(story);
});

export const PATCH = route({ params: idParamsSchema, body: storyPatchSchema }, ({ userId, params, body }) => {
  const story = updateStory({ userId, id: params.id, changes: body });
  if (!story) throw notFound('story');
  return presentStory(story);
});

export const DELETE = route({ params: idParamsSchema }, ({ userId, params }) => {
  if (!deleteStory({ userId, id: params.id })) throw notFound('story');
});
