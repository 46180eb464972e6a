import type { StoryStatus } from '@/lib/guide/enums';
import { hasLintErrors, lintStory, type LintableStory, type LintFinding } from './star-lint';

/** Bump when lint rules change: stored stats with an older version are recomputed on read. */
export const LINT_VERSION = 1;

export type StoryStats = { wordCount: number; speakingSeconds: number; lint: LintFinding[]; ready: boolean };

/** A story's derived stats; ready only when marked ready and lint has no errors. */
export function deriveStoryStats(story: LintableStory & { status: StoryStatus }): StoryStats {
  const stats = lintStory(story);
  return { ...stats, ready: story.status === 'ready' && !hasLintErrors(stats.lint) };
}
