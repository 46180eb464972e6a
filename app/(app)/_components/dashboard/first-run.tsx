'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { loadDemo } from '@/lib/client/demo';

/** An empty account sees one first step, and a way to look around with example data. */
export function FirstRun() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [refreshing, startTransition] = useTransition();
  const loadExample = async () => {
    setError(undefined);
    setLoading(true);
    try {
      await loadDemo();
      startTransition(() => router.refresh());
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not load the example workspace.');
    } finally {
      setLoading(false);
    }
  };
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-6 sm:p-8" data-testid="first-run">
      <p className="text-sm font-medium text-brand-700">Start here</p>
      <h2 className="mt-1 text-xl font-semibold">Write your first leadership story</h2>
      <p className="mt-2 max-w-2xl text-slate-700">
        The guide has six preparation steps; the first is three to five STAR stories covering hiring, conflict, incidents, prioritization
        and cross-team alignment. Start with the story you would tell if the interview were tomorrow. Starboard will tell you what it still
        needs.
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <Link href="/stories/new" className={buttonClass('primary')}>
          Write a story
        </Link>
        <Button variant="secondary" onClick={loadExample} disabled={loading || refreshing}>
          {loading || refreshing ? 'Loading example…' : 'Explore with example data'}
        </Button>
      </div>
      <p className="mt-2 text-sm text-slate-500">The example workspace fills your empty account; delete items any time.</p>
      <div className="mt-3">
        <FormAlert message={error} />
      </div>
    </section>
  );
}
