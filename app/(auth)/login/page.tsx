import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeNextPath } from '@/lib/auth/safe-next';
import { AuthCard } from '../_components/auth-card';
import { LoginForm } from '../_components/login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  // Only a same-origin path survives; anything else (or a repeated parameter) becomes '/'.
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New to Starboard?{' '}
          <Link href="/signup" className="font-semibold text-brand-700 underline">
            Create an account
          </Link>
        </>
      }
    >
      <LoginForm next={next} />
    </AuthCard>
  );
}
