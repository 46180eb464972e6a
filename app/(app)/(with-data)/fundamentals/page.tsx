import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { FundamentalsForm } from './_components/fundamentals-form';

export const metadata: Metadata = { title: 'Fundamentals' };

export default function FundamentalsPage() {
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Platform fundamentals"
        description="Guide step 2: one cloud provider in depth (networking, identity, compute, managed services) and one infrastructure-as-code tool. Aim for depth 3, working-deep, in each."
      />
      <FundamentalsForm />
    </div>
  );
}
