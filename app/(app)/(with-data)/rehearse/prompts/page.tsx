import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { PromptsManager } from './_components/prompts-manager';

export const metadata: Metadata = { title: 'Your prompts' };

export default function PromptsPage() {
  return (
    <div className="max-w-3xl">
      <PageHeader title="Your prompts" description="Your own interview questions, drawn alongside the built-in ones.">
        <Link href="/rehearse" className="font-medium text-brand-700 underline">
          Back to rehearsing
        </Link>
      </PageHeader>
      <PromptsManager />
    </div>
  );
}
