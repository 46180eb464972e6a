'use client';

import Link from 'next/link';
import type { FieldSpec } from '@/components/resource/field-spec';
import { ResourceManager } from '@/components/resource/resource-manager';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { rolesClient } from '@/lib/client/roles';
import { ROLE_STATUSES } from '@/lib/guide/enums';
import { POSTING_MAX, roleCreateSchema, type RoleDto } from '@/lib/validation/role';
import { roleStatusLabels } from '@/lib/guide/role-labels';

const statusOptions = ROLE_STATUSES.map((id) => ({ id, label: roleStatusLabels[id] }));

const fields: FieldSpec[] = [
  { name: 'company', label: 'Company', kind: 'text' },
  { name: 'title', label: 'Title', kind: 'text', placeholder: 'e.g. Engineering Manager, Platform' },
  { name: 'industry', label: 'Industry', kind: 'text', hint: 'Contacts in the same industry feed the brief.' },
  { name: 'status', label: 'Status', kind: 'select', options: statusOptions },
  { name: 'postingUrl', label: 'Posting link', kind: 'text', nullable: true, placeholder: 'https://…', hint: 'Optional; http or https.' },
  {
    name: 'posting',
    label: 'Posting text',
    kind: 'textarea',
    rows: 8,
    hint: `Paste the whole posting (up to ${POSTING_MAX.toLocaleString('en')} characters); Starboard reads it sentence by sentence.`,
  },
  { name: 'notes', label: 'Notes', kind: 'textarea', hint: 'Lines ending in "?" become questions to ask in the brief.' },
];

export function RolesManager() {
  return (
    <ResourceManager<RoleDto>
      noun="role"
      client={rolesClient}
      fields={fields}
      schema={roleCreateSchema}
      emptyValues={{ company: '', title: '', industry: '', status: 'researching', postingUrl: null, posting: '', notes: '' }}
      itemTitle={(r) => `${r.company}: ${r.title}`}
      deleteNote="Its interviews and debriefs go with it."
      groups={ROLE_STATUSES.map((status) => ({ id: status, label: roleStatusLabels[status], of: (r: RoleDto) => r.status === status }))}
      empty={
        <EmptyState title="Add the roles you are going for" step="Guide step 6: learn a target's pain points">
          Paste a job posting and Starboard reads what it stresses (themes, competencies, pain points), picks the stories to lead with,
          names what you have no evidence for, and keeps your interview dates in a calendar you can subscribe to.
        </EmptyState>
      }
      renderItem={(r) => (
        <div>
          <p className="font-semibold">
            <Link href={`/roles/${r.id}`} className="underline-offset-2 hover:underline">
              {r.company}: {r.title}
            </Link>
          </p>
          {r.industry && <p className="text-sm text-slate-600">{r.industry}</p>}
          <div className="mt-2 flex flex-wrap gap-1.5">
            {r.analysis.themes.slice(0, 2).map((t) => (
              <Badge key={t.id} tone="blue">
                {t.label} {Math.round(t.weight * 100)}%
              </Badge>
            ))}
            {r.analysis.painPoints.slice(0, 2).map((p) => (
              <Badge key={p.id} tone="amber">
                {p.label}
              </Badge>
            ))}
          </div>
        </div>
      )}
    />
  );
}
