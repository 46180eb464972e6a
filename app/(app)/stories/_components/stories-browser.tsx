'use client';

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Button } from '@/components/ui/button';
import { LoadError, Loading } from '@/components/ui/load-states';
import { storiesPageQuery } from '@/lib/client/stories';
import { themes, type ThemeId } from '@/lib/guide';
import { StoriesEmpty } from './stories-empty';
import { StoryCard } from './story-card';

const PAGE = 50;

export function StoriesBrowser({ initialTheme = '' }: { initialTheme?: ThemeId | '' }) {
  const [q, setQ] = useState('');
  const [theme, setTheme] = useState<ThemeId | ''>(initialTheme);
  const [status, setStatus] = useState<'ready' | 'draft' | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const search = useDeferredValue(q.trim());
  const filtered = Boolean(search || theme || status);
  const { data: page, isPending, isError, error, refetch, isFetching } = useQuery(
    storiesPageQuery({ q: search || undefined, theme: theme || undefined, status: status || undefined, limit }),
  );
  const data = page?.items ?? [];

  if (isPending) return <Loading what="your stories" />;
  if (isError) return <LoadError what="stories" message={error.message} onRetry={() => refetch()} />;
  if (!filtered && page.total === 0) return <StoriesEmpty />;

  return (
    <div className="space-y-4">
      <div role="search" className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_10rem]">
        <div>
          <label htmlFor="story-search" className="sr-only">
            Search stories
          </label>
          <input
            id="story-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Search titles and STAR text…"
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="theme-filter" className="sr-only">
            Filter by theme
          </label>
          <select
            id="theme-filter"
            value={theme}
            onChange={(e) => setTheme(e.target.value as ThemeId | '')}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">All themes</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status-filter" className="sr-only">
            Filter by readiness
          </label>
          <select
            id="status-filter"
            value={status}
            onChange={(e) => setStatus(e.target.value as 'ready' | 'draft' | '')}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">Ready and drafts</option>
            <option value="ready">Ready only</option>
            <option value="draft">Drafts only</option>
          </select>
        </div>
      </div>
      <p role="status" className="text-sm text-slate-600">
        {isFetching
          ? 'Searching…'
          : `${page.total} ${page.total === 1 ? 'story' : 'stories'}${filtered ? ' match' : ''}${page.total > data.length ? `, showing ${data.length}` : ''}`}
      </p>
      {data.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-slate-700">Nothing matches. Try fewer words or clear the filters.</p>
      ) : (
        <ul className="space-y-3">
          {data.map((story) => (
            <StoryCard key={story.id} story={story} />
          ))}
        </ul>
      )}
      {page.nextOffset !== null && (
        <Button variant="secondary" onClick={() => setLimit((n) => Math.min(200, n + PAGE))} disabled={isFetching || limit >= 200}>
          Show more stories
        </Button>
      )}
      {page.nextOffset !== null && limit >= 200 && <p className="text-sm text-slate-600">Search or filter to reach older stories.</p>}
    </div>
  );
}
