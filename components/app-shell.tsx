import Link from 'next/link';
import type { ReactNode } from 'react';
import type { UserDto } from '@/lib/validation/user';
import { AccountMenu } from './account-menu';
import { AppNav } from './app-nav';

/** The signed-in frame: brand, main navigation, account menu, skip link. */
type AppShellProps = {
  user: UserDto;
  /** The sign-out server action, passed down so this shared UI imports nothing from the server. */
  signOutAction: () => Promise<void>;
  children: ReactNode;
};

export function AppShell({ user, signOutAction, children }: AppShellProps) {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <Link href="/" className="order-1 text-lg font-bold text-brand-700">
            Starboard
          </Link>
          <div className="order-2 ml-auto sm:order-3 sm:ml-0">
            <AccountMenu name={user.name} email={user.email} signOutAction={signOutAction} />
          </div>
          <div className="order-3 w-full min-w-0 sm:order-2 sm:w-auto sm:flex-1">
            <AppNav />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8 print:max-w-none print:p-0">
        {children}
      </main>
    </div>
  );
}
