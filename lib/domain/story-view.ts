import { hasLintErrors, lintStory } from './star-lint';

export type StoredStory = {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  themes: string[];
  competencies: string[];
  painPoints: string[];
  resultQualitative: boolean;
  status: 'draft' | 'ready';
  createdAt: string;
  updatedAt: string;
};

/** A stored story with its derived stats; ready only when marked ready and lint has no errors. */
export function presentStory<T extends StoredStory>(story: T) {
  const stats = lintStory(story);
  return { ...story, ...stats, ready: story.status === 'ready' && !hasLintErrors(stats.lint) };
}

export type PresentedStory = ReturnType<typeof presentStory<StoredStory>>;
