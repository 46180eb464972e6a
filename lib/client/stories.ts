import type { StoryCreateInput, StoryDto, StoryListQuery, StoryPatch } from '@/lib/validation/story';
import { resourceClient } from './resource';

export const storiesClient = resourceClient<StoryDto, StoryCreateInput, StoryPatch>('stories', '/api/v1/stories', ['metrics']);

export const storiesQuery = (filters: StoryListQuery = {}) => storiesClient.listQuery(filters);
