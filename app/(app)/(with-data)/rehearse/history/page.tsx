import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { HistoryView } from './_components/history-view';

export const metadata: Metadata = { title: 'Rehearsal history' };

export default function HistoryPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Rehearsal history" description="How often you practise, how long your answers run, and which themes still wobble.">
        <Link href="/rehearse" className="font-medium text-brand-700 underline">
          Back to rehearsing
        </Link>
      </PageHeader>
      <HistoryView />
    </div>
  );
}
