import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { requireCurrentUser } from '@/lib/auth/current-user';

export default async function AppLayout({ children }: { children: ReactNode }) {
  return <AppShell user={await requireCurrentUser()}>{children}</AppShell>;
}
