import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { StoriesBrowser } from './_components/stories-browser';

export const metadata: Metadata = { title: 'Stories' };

export default function StoriesPage() {
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
      <StoriesBrowser />
    </div>
  );
}
