import type { Metadata } from 'next';
import Link from 'next/link';
import { AppShell } from '@/components/app-shell';
import { buttonClass } from '@/components/ui/button';
import { coverageForUser } from '@/lib/server/coverage';
import { getStoryTitlesFor } from '@/lib/server/stories';
import { getCurrentUser } from '@/lib/auth/current-user';
import { signOutAction } from './(auth)/actions';
import { Dashboard } from './_components/dashboard/dashboard';

export const metadata: Metadata = { title: 'Starboard' };

export default async function HomePage() {
  const user = await getCurrentUser();
  if (user) {
    const report = coverageForUser(user.id);
    const storyTitles = getStoryTitlesFor(user.id, report.matrix.overusedStoryIds);
    return (
      <AppShell user={user} signOutAction={signOutAction}>
        <h1 className="mb-1 text-2xl font-bold">Dashboard</h1>
        <p className="mb-6 text-slate-600">Where you stand on the six preparation steps, and what to do next.</p>
        <Dashboard report={report} storyTitles={storyTitles} />
      </AppShell>
    );
  }
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center px-4 py-16">
      <p className="text-lg font-bold text-brand-700">Starboard</p>
      <h1 className="mt-4 text-4xl font-bold tracking-tight sm:text-5xl">Walk into your platform leadership loop ready.</h1>
      <p className="mt-6 text-lg text-slate-700">
        Starboard keeps your leadership stories, platform case studies and impact metrics in one place and shows exactly which of the six
        preparation steps for a platform or infrastructure engineering manager are still open, with the single next action for each gap and
        feedback that makes every story interview-ready.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/signup" className={buttonClass('primary', 'px-6 py-3 text-base')}>
          Create an account
        </Link>
        <Link href="/login" className={buttonClass('secondary', 'px-6 py-3 text-base')}>
          Sign in
        </Link>
      </div>
      <p className="mt-6 text-sm text-slate-500">Self-hosted: your data stays in one SQLite file on your machine.</p>
    </main>
  );
}
