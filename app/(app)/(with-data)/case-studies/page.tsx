import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { CaseStudiesManager } from './_components/case-studies-manager';

export const metadata: Metadata = { title: 'Case studies' };

export default function CaseStudiesPage() {
  return (
    <div className="max-w-3xl">
      <PageHeader title="Case studies" description="Platform projects told end to end, with measurable results." />
      <CaseStudiesManager />
    </div>
  );
}
