import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AuthCard } from '../_components/auth-card';
import { SignupForm } from '../_components/signup-form';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignupPage() {
  if (await getCurrentUser()) redirect('/');
  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have an account?{' '}
          <Link href="/login" className="font-semibold text-brand-700 underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignupForm />
    </AuthCard>
  );
}
