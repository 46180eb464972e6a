'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useSignOutEverywhere } from '@/lib/client/account';

/** "Sign out everywhere", named so it is not mistaken for the menu's plain sign-out. */
export function SessionsControl({ count }: { count: number }) {
  const [confirming, setConfirming] = useState(false);
  const revoke = useSignOutEverywhere();
  return (
    <div className="space-y-3">
      <p className="text-slate-700">
        You are signed in on {count === 1 ? 'one browser' : `${count} browsers`}. Ending all sessions signs every browser out, this one
        included: use it after losing a laptop or using a shared computer.
      </p>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        End all sessions
      </Button>
      <ConfirmDialog
        open={confirming}
        title="End all sessions?"
        body="Every browser signed in to this account, this one included, will need the password again."
        confirmLabel="End all sessions"
        busy={revoke.isPending}
        error={revoke.error?.message}
        onCancel={() => setConfirming(false)}
        onConfirm={() => revoke.mutate(undefined, { onSuccess: () => window.location.assign('/login') })}
      />
    </div>
  );
}
