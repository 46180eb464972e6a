import { DismissableDetails } from './dismissable-details';

/** Who is signed in, and the way out, in a keyboard-friendly native <details> menu. */
export function AccountMenu({ name, email, signOutAction }: { name: string; email: string; signOutAction: () => Promise<void> }) {
  return (
    <DismissableDetails className="group relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-slate-100"
        aria-label="Account menu"
      >
        <span aria-hidden className="flex size-8 items-center justify-center rounded-full bg-brand-600 text-sm font-bold text-white">
          {(name || email).slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden max-w-40 truncate sm:inline" data-testid="account-name">
          {name || email}
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <p className="truncate text-sm font-semibold">{name || 'No name set'}</p>
        <p className="mb-3 truncate text-sm text-slate-600">{email}</p>
        <a href="/account" className="block rounded-md px-2 py-1.5 text-sm hover:bg-slate-100">
          Profile and settings
        </a>
        <form action={signOutAction}>
          <button type="submit" className="w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100">
            Sign out
          </button>
        </form>
      </div>
    </DismissableDetails>
  );
}
