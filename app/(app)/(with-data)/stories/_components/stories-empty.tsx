import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

/** First-run guidance: what a good story looks like, and the way in. */
export function StoriesEmpty() {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6 sm:p-8">
      <h2 className="text-lg font-semibold">Start your story bank</h2>
      <p className="mt-2 text-slate-700">
        Interviewers for platform leadership roles will ask about hiring, conflict, incidents, prioritization and cross-team alignment. Aim
        for three to five stories that cover all five.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-700">
        <li>Follow STAR: a short situation and task, a long action told with “I”, a result with a number.</li>
        <li>Keep it between one and three minutes when spoken.</li>
        <li>Say when it happened and how long it took.</li>
      </ul>
      <Link href="/stories/new" className={buttonClass('primary', 'mt-5')}>
        New story
      </Link>
    </div>
  );
}
