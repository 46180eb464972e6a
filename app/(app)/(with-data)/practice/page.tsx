import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { PracticeManager } from './_components/practice-manager';

export const metadata: Metadata = { title: 'Practice' };

export default function PracticePage() {
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Practice"
        description="Operational leadership practice: on-call, incident command, post-incident follow-through."
      />
      <PracticeManager />
    </div>
  );
}
