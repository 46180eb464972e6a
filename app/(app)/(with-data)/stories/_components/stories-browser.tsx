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

const statusOptions = [
  { id: '', label: 'Ready and drafts' },
  { id: 'ready', label: 'Ready only' },
  { id: 'draft', label: 'Drafts only' },
] as const;

function FilterSelect<T extends string>({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { id: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function StoriesBrowser({ initialTheme = '' }: { initialTheme?: ThemeId | '' }) {
  const [q, setQ] = useState('');
  const [theme, setTheme] = useState<ThemeId | ''>(initialTheme);
  const [status, setStatus] = useState<'ready' | 'draft' | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const search = useDeferredValue(q.trim());
  const filtered = Boolean(search || theme || status);
  const {
    data: page,
    isPending,
    isError,
    error,
    refetch,
    isFetching,
  } = useQuery(storiesPageQuery({ q: search || undefined, theme: theme || undefined, status: status || undefined, limit }));
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
        <FilterSelect
          id="theme-filter"
          label="Filter by theme"
          value={theme}
          onChange={setTheme}
          options={[{ id: '', label: 'All themes' }, ...themes]}
        />
        <FilterSelect id="status-filter" label="Filter by readiness" value={status} onChange={setStatus} options={statusOptions} />
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
