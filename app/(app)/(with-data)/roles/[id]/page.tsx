import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireCurrentUser } from '@/lib/auth/current-user';
import { findRoleFor } from '@/lib/server/roles';
import { RoleDetail } from '../_components/role-detail';

export const metadata: Metadata = { title: 'Role' };

export default async function RolePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireCurrentUser()]);
  const role = findRoleFor(user.id, id);
  if (!role) notFound();
  return <RoleDetail initialRole={role} />;
}
