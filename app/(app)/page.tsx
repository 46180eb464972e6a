import type { Metadata } from 'next';
import { requireCurrentUser } from '@/lib/auth/current-user';
import { coverageForUser } from '@/lib/server/coverage';
import { upcomingInterviewsFor } from '@/lib/server/upcoming';
import { getStoryTitlesFor } from '@/lib/server/stories';
import { Dashboard } from './_components/dashboard/dashboard';
import { UpcomingInterviews } from './_components/dashboard/upcoming-interviews';

export const metadata: Metadata = { title: 'Starboard' };

export default async function DashboardPage() {
  const user = await requireCurrentUser();
  const report = coverageForUser(user.id);
  const storyTitles = getStoryTitlesFor(user.id, report.matrix.overusedStoryIds);
  const now = new Date();
  const upcoming = upcomingInterviewsFor(user.id, now);
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Dashboard</h1>
      <p className="mb-6 text-slate-600">Where you stand on the six preparation steps, and what to do next.</p>
      <UpcomingInterviews interviews={upcoming} now={now} />
      <Dashboard report={report} storyTitles={storyTitles} />
    </>
  );
}
