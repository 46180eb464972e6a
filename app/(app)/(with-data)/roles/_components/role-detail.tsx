'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { BriefView } from '@/components/roles/brief-view';
import { buttonClass } from '@/components/ui/button';
import { LoadError, Loading } from '@/components/ui/load-states';
import { briefQuery, rolesClient } from '@/lib/client/roles';
import { roleStatusLabels } from '@/lib/guide/role-labels';
import type { RoleDto } from '@/lib/validation/role';
import { InterviewsSection } from './interviews-section';
import { PostingAnalysis } from './posting-analysis';

/** One role: the analysis of its posting, the brief, and the interviews with their debriefs. */
export function RoleDetail({ initialRole }: { initialRole: RoleDto }) {
  const { data: role = initialRole } = useQuery({ ...rolesClient.detailQuery(initialRole.id), initialData: initialRole });
  const brief = useQuery(briefQuery(role.id));
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/roles" className="underline">
            Roles
          </Link>{' '}
          / {roleStatusLabels[role.status]}
        </p>
        <h1 className="text-2xl font-bold">
          {role.company}: {role.title}
        </h1>
        {role.industry && <p className="text-slate-600">{role.industry}</p>}
        <div className="flex flex-wrap gap-2">
          <Link href={`/roles/${role.id}/brief`} className={buttonClass('primary')}>
            Printable brief
          </Link>
          <Link href={`/rehearse?role=${role.id}`} className={buttonClass('secondary')}>
            Rehearse for this role
          </Link>
          <a href={`/api/v1/roles/${role.id}/calendar.ics`} className={buttonClass('secondary')} download>
            Calendar (.ics)
          </a>
          {role.postingUrl && (
            <a href={role.postingUrl} className={buttonClass('ghost')} rel="noopener noreferrer nofollow" target="_blank">
              Original posting
            </a>
          )}
        </div>
      </header>

      <PostingAnalysis role={role} />

      <section aria-labelledby="brief-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="brief-heading" className="mb-3 text-lg font-semibold">
          Brief
        </h2>
        {brief.isPending ? (
          <Loading what="the brief" />
        ) : brief.isError ? (
          <LoadError what="the brief" message={brief.error.message} onRetry={() => void brief.refetch()} />
        ) : (
          <BriefView brief={brief.data} />
        )}
      </section>

      <InterviewsSection roleId={role.id} />
    </div>
  );
}
