import type { PromptDto, PromptInput } from '@/lib/validation/rehearsal';
import { resourceClient } from './resource';

/** The user's own prompts; the list also carries the built-in ones (builtIn: true), which cannot change. */
export const promptsClient = resourceClient<PromptDto, PromptInput>('prompts', '/api/v1/prompts');
