import type { Metadata } from 'next';
import { COMPETENCY_IDS, type CompetencyId, THEME_IDS, type ThemeId } from '@/lib/guide';
import { StoryEditor } from '../_components/story-editor';

export const metadata: Metadata = { title: 'New story' };

export default async function NewStoryPage({ searchParams }: { searchParams: Promise<{ theme?: string; competency?: string }> }) {
  const { theme, competency } = await searchParams;
  const initialThemes = THEME_IDS.includes(theme as ThemeId) ? [theme as ThemeId] : [];
  // A gap in a role brief links here with the competency the posting stresses.
  const initialCompetencies = COMPETENCY_IDS.includes(competency as CompetencyId) ? [competency as CompetencyId] : [];
  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">New story</h1>
      <p className="mb-6 text-slate-600">Draft freely; the feedback beside each part tells you what an interviewer will miss.</p>
      <StoryEditor initialThemes={initialThemes} initialCompetencies={initialCompetencies} />
    </div>
  );
}
