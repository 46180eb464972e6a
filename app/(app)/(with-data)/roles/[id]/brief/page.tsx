import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BriefView } from '@/components/roles/brief-view';
import { requireCurrentUser } from '@/lib/auth/current-user';
import { roundLabels } from '@/lib/guide/role-labels';
import { briefFor, findRoleFor } from '@/lib/server/roles';
import { PrintButton } from '../../_components/print-button';

export const metadata: Metadata = { title: 'Role brief' };

const when = (iso: string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone || 'UTC',
    timeZoneName: 'short',
  }).format(new Date(iso));

/** One or two printed pages to take into the loop: the role, dates, lead stories, metrics, gaps, questions. */
export default async function RoleBriefPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireCurrentUser()]);
  if (!findRoleFor(user.id, id)) notFound();
  const brief = briefFor(user.id, id);
  const { role } = brief;
  const upcoming = brief.interviews.filter((i) => Date.parse(i.endsAt) >= Date.now());
  return (
    <article className="mx-auto max-w-3xl space-y-5 bg-white p-6 print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/roles/${role.id}`} className="text-sm underline">
          Back to the role
        </Link>
        <PrintButton />
      </div>
      <header>
        <h1 className="text-2xl font-bold">
          {role.company}: {role.title}
        </h1>
        <p className="text-slate-600">
          Brief from Starboard{role.industry ? ` · ${role.industry}` : ''}
          {role.analysis.themes[0] ? ` · the posting stresses ${role.analysis.themes[0].label.toLowerCase()}` : ''}
        </p>
      </header>
      <section aria-labelledby="dates-heading">
        <h2 id="dates-heading" className="font-semibold">
          Interviews
        </h2>
        {upcoming.length === 0 ? (
          <p className="text-sm text-slate-600">None booked.</p>
        ) : (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {upcoming.map((i) => (
              <li key={i.id}>
                {when(i.startsAtUtc, i.timeZone)}: {roundLabels[i.round]}
                {i.interviewers ? `, with ${i.interviewers}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <BriefView brief={brief} links={false} />
    </article>
  );
}
