import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { PasteQuestion } from './_components/paste-question';
import { RehearseSession } from './_components/rehearse-session';

export const metadata: Metadata = { title: 'Rehearse' };

export default async function RehearsePage({ searchParams }: { searchParams: Promise<{ role?: string }> }) {
  const { role } = await searchParams;
  return (
    <div className="space-y-8">
      <PageHeader title="Rehearse" description="Random interview prompts, weighted toward your gaps and what is due for review.">
        <div className="flex gap-4">
          <Link href="/rehearse/prompts" className="font-medium text-brand-700 underline">
            Your prompts
          </Link>
          <Link href="/rehearse/history" className="font-medium text-brand-700 underline">
            History and progress
          </Link>
        </div>
      </PageHeader>
      <RehearseSession initialRoleId={typeof role === 'string' ? role : ''} />
      <PasteQuestion />
    </div>
  );
}
