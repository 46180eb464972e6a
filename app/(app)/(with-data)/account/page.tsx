import type { Metadata } from 'next';
import { requireCurrentUser } from '@/lib/auth/current-user';
import { countSessionsFor } from '@/lib/server/account';
import { DeleteAccount } from './_components/delete-account';
import { PasswordForm } from './_components/password-form';
import { ProfileForm } from './_components/profile-form';
import { RecordingsPrivacy } from './_components/recordings-privacy';
import { SessionsControl } from './_components/sessions-control';
import { WorkspaceTransfer } from './_components/workspace-transfer';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const user = await requireCurrentUser();
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Account</h1>
      <p className="mt-1 text-slate-600">
        Signed in as <span className="font-medium">{user.email}</span>.
      </p>
      <section aria-labelledby="profile-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="profile-heading" className="mb-4 text-lg font-semibold">
          Profile
        </h2>
        <ProfileForm initial={{ name: user.name, targetIndustry: user.targetIndustry ?? '' }} />
      </section>
      <section aria-labelledby="data-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="data-heading" className="mb-4 text-lg font-semibold">
          Your data
        </h2>
        <WorkspaceTransfer />
      </section>
      <section aria-labelledby="recordings-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="recordings-heading" className="mb-4 text-lg font-semibold">
          Recordings
        </h2>
        <RecordingsPrivacy />
      </section>
      <section aria-labelledby="password-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="password-heading" className="mb-4 text-lg font-semibold">
          Change password
        </h2>
        <PasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="sessions-heading" className="mb-4 text-lg font-semibold">
          Signed-in browsers
        </h2>
        <SessionsControl count={countSessionsFor(user.id)} />
      </section>
      <section aria-labelledby="delete-heading" className="mt-6 rounded-xl border border-red-200 bg-white p-5">
        <h2 id="delete-heading" className="mb-4 text-lg font-semibold text-red-800">
          Leave Starboard
        </h2>
        <DeleteAccount />
      </section>
    </div>
  );
}
