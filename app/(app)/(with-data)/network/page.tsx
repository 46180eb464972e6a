import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { requireCurrentUser } from '@/lib/auth/current-user';
import { ContactsManager } from './_components/contacts-manager';
import { TargetIndustry } from './_components/target-industry';

export const metadata: Metadata = { title: 'Network' };

export default async function NetworkPage() {
  const user = await requireCurrentUser();
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title="Network" description="Conversations with platform leaders, and the pain points you will tailor your story to." />
      <TargetIndustry initial={user.targetIndustry} />
      <ContactsManager />
    </div>
  );
}
