'use client';

import type { FieldSpec } from '@/components/resource/field-spec';
import { ResourceManager } from '@/components/resource/resource-manager';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import type { ContactDto } from '@/lib/validation/contact';
import { contactsClient } from '@/lib/client/contacts';
import { followUpState, isoDay } from '@/lib/domain/dates';
import { labelOf, painPoints } from '@/lib/guide';
import { contactCreateSchema } from '@/lib/validation/contact';

const fields: FieldSpec[] = [
  { name: 'name', label: 'Name', kind: 'text' },
  { name: 'role', label: 'Role', kind: 'text', placeholder: 'e.g. Director of Platform' },
  { name: 'company', label: 'Company', kind: 'text' },
  { name: 'industry', label: 'Industry', kind: 'text' },
  { name: 'metOn', label: 'Date of the conversation', kind: 'date' },
  { name: 'painPoints', label: 'Pain points they raised', kind: 'chips', options: painPoints },
  { name: 'notes', label: 'Notes', kind: 'textarea', hint: 'What they said, in their words, and what it means for your pitch.' },
  { name: 'followUpOn', label: 'Follow up on', kind: 'date', nullable: true, hint: 'Optional.' },
];

const followUpBadge = { overdue: ['amber', 'Follow-up overdue'], due_this_week: ['amber', 'Follow up this week'] } as const;

export function ContactsManager() {
  const today = isoDay(new Date());
  return (
    <ResourceManager<ContactDto>
      noun="contact"
      client={contactsClient}
      fields={fields}
      schema={contactCreateSchema}
      emptyValues={{ name: '', role: '', company: '', industry: '', metOn: today, painPoints: [], notes: '', followUpOn: null }}
      itemTitle={(c) => c.name}
      toolbar={(items) => {
        const due = items.filter((c) => ['overdue', 'due_this_week'].includes(followUpState(c.followUpOn, today))).length;
        return due > 0 ? (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {due} {due === 1 ? 'follow-up is' : 'follow-ups are'} due this week.
          </p>
        ) : null;
      }}
      empty={
        <EmptyState title="Talk to platform leaders in your target industry" step="Guide step 6: network and tailor your story">
          Aim for three conversations with platform leaders in the industry you want. Ask what hurts most right now (cost, security,
          developer experience, reliability) and record it here, then link your stories and case studies to those pain points.
        </EmptyState>
      }
      renderItem={(c) => {
        const state = followUpState(c.followUpOn, today);
        const badge = state === 'overdue' || state === 'due_this_week' ? followUpBadge[state] : null;
        return (
          <div className={badge ? 'border-l-4 border-amber-400 pl-3' : ''}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <p className="font-semibold">{c.name}</p>
                <p className="text-sm text-slate-600">{[c.role, c.company, c.industry].filter(Boolean).join(' · ')}</p>
              </div>
              {badge && (
                <Badge tone={badge[0]}>
                  {badge[1]}: {c.followUpOn}
                </Badge>
              )}
            </div>
            <div className="mt-2 flex flex-wrap gap-1.5">
              {c.painPoints.map((p) => (
                <Badge key={p} tone="blue">
                  {labelOf(painPoints, p)}
                </Badge>
              ))}
            </div>
            {c.notes && <p className="mt-2 whitespace-pre-line text-slate-700">{c.notes}</p>}
            <p className="mt-1 text-xs text-slate-500">
              Met {c.metOn}
              {c.followUpOn && !badge ? ` · follow up ${c.followUpOn}` : ''}
            </p>
          </div>
        );
      }}
    />
  );
}
