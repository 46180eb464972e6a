import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { MetricsManager } from './_components/metrics-manager';

export const metadata: Metadata = { title: 'Metrics' };

export default function MetricsPage() {
  return (
    <div className="max-w-3xl">
      <PageHeader title="Impact metrics" description="Before-and-after numbers, turned into resume bullets." />
      <MetricsManager />
    </div>
  );
}
