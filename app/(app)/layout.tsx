import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { Providers } from '@/components/providers';
import { requireCurrentUser } from '@/lib/auth/current-user';
import { signOutAction } from '../(auth)/actions';

export default async function AppLayout({ children }: { children: ReactNode }) {
  // react-query lives here, not in the root layout, so the server-rendered dashboard ships without it.
  return (
    <AppShell user={await requireCurrentUser()} signOutAction={signOutAction}>
      <Providers>{children}</Providers>
    </AppShell>
  );
}
