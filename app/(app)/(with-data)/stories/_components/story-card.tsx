import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { themeLabel } from '@/lib/guide';
import type { StorySummaryDto } from '@/lib/validation/story';

export function StoryCard({ story }: { story: StorySummaryDto }) {
  const blockers = story.lint.filter((f) => f.severity === 'error').length;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-600" data-testid="story-card">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="min-w-0 font-semibold">
          <Link href={`/stories/${story.id}`} className="break-words hover:underline">
            {story.title}
          </Link>
        </h2>
        {story.ready ? (
          <Badge tone="green">Ready</Badge>
        ) : story.status === 'ready' ? (
          <Badge tone="amber">Blocked: {blockers} to fix</Badge>
        ) : (
          <Badge>Draft</Badge>
        )}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        {story.themes.map((t) => (
          <Badge key={t} tone="blue">
            {themeLabel(t)}
          </Badge>
        ))}
        {story.themes.length === 0 && <span className="text-sm text-slate-500">No theme yet</span>}
        <span className="ml-auto text-sm text-slate-600">~{story.speakingSeconds} s to tell</span>
      </div>
    </li>
  );
}
