import type { Metadata } from 'next';
import { THEME_IDS, type ThemeId } from '@/lib/guide';
import { StoryEditor } from '../_components/story-editor';

export const metadata: Metadata = { title: 'New story' };

export default async function NewStoryPage({ searchParams }: { searchParams: Promise<{ theme?: string }> }) {
  const { theme } = await searchParams;
  const initialThemes = THEME_IDS.includes(theme as ThemeId) ? [theme as ThemeId] : [];
  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">New story</h1>
      <p className="mb-6 text-slate-600">Draft freely; the feedback beside each part tells you what an interviewer will miss.</p>
      <StoryEditor initialThemes={initialThemes} />
    </div>
  );
}
