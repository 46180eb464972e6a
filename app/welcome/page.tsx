import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { buttonClass } from '@/components/ui/button';
import { getCurrentUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Starboard' };

/**
 * What a signed-out visitor sees at `/` (proxy.ts rewrites `/` here when there is no session
 * cookie); the signed-in dashboard lives under the (app) layout.
 */
export default async function WelcomePage() {
  if (await getCurrentUser()) redirect('/');
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
