import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { THEME_IDS, type ThemeId } from '@/lib/guide';
import { StoriesBrowser } from './_components/stories-browser';

export const metadata: Metadata = { title: 'Stories' };

export default async function StoriesPage({ searchParams }: { searchParams: Promise<{ theme?: string }> }) {
  const { theme } = await searchParams;
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Stories</h1>
          <p className="text-slate-600">Your STAR leadership stories, ready or in progress.</p>
        </div>
        <Link href="/stories/new" className={buttonClass('primary')}>
          New story
        </Link>
      </div>
      <StoriesBrowser initialTheme={THEME_IDS.includes(theme as ThemeId) ? (theme as ThemeId) : ''} />
    </div>
  );
}
