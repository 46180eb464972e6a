import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { RolesManager } from './_components/roles-manager';

export const metadata: Metadata = { title: 'Roles' };

export default function RolesPage() {
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Roles"
        description="The roles you are interviewing for: paste a posting to see what it stresses, which stories to lead with, and what is missing."
      />
      <RolesManager />
    </div>
  );
}
