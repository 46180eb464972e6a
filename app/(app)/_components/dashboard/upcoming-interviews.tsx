import Link from 'next/link';
import { countdown } from '@/lib/domain/countdown';
import { roundLabels } from '@/lib/guide/role-labels';
import type { RoundKind } from '@/lib/guide/enums';

type Upcoming = { id: string; roleId: string; startsAtUtc: string; timeZone: string; round: RoundKind; company: string; title: string };

/** The next two weeks of interviews, each with a countdown and its brief. Renders nothing when none is booked. */
export function UpcomingInterviews({ interviews, now }: { interviews: Upcoming[]; now: Date }) {
  if (interviews.length === 0) return null;
  return (
    <section aria-labelledby="upcoming-heading" className="mb-6 rounded-xl border border-brand-600/30 bg-white p-5">
      <h2 id="upcoming-heading" className="text-lg font-semibold">
        Interviews in the next 14 days
      </h2>
      <ul className="mt-2 divide-y divide-slate-100">
        {interviews.map((i) => (
          <li key={i.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2" data-testid="upcoming-interview">
            <div>
              <p className="font-medium">
                {i.company}: {roundLabels[i.round]}
              </p>
              <p className="text-sm text-slate-600">
                {new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: i.timeZone || 'UTC' }).format(
                  new Date(i.startsAtUtc),
                )}{' '}
                · <strong className="font-semibold text-slate-800">{countdown(new Date(i.startsAtUtc), now)}</strong>
              </p>
            </div>
            <Link href={`/roles/${i.roleId}/brief`} className="text-sm font-medium underline">
              Brief for {i.company}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
