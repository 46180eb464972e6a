import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { requireCurrentUser } from '@/lib/auth/current-user';
import { signOutAction } from '../(auth)/actions';

/** Every signed-in page: the session is checked here, and again by each page and handler. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  return (
    <AppShell user={await requireCurrentUser()} signOutAction={signOutAction}>
      {children}
    </AppShell>
  );
}
