'use client';

import Link from 'next/link';
import type { FieldSpec } from '@/components/resource/field-spec';
import { ResourceManager } from '@/components/resource/resource-manager';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import type { CaseStudyDto } from '@/lib/validation/case-study';
import { caseStudiesClient } from '@/lib/client/case-studies';
import { dimensions, labelOf, painPoints } from '@/lib/guide';
import { caseStudyCreateSchema } from '@/lib/validation/case-study';

const fields: FieldSpec[] = [
  { name: 'title', label: 'Title', kind: 'text', placeholder: 'e.g. A golden path that cut lead time 80%' },
  { name: 'dimension', label: 'What it improved', kind: 'select', options: [...dimensions] },
  { name: 'context', label: 'Context', kind: 'textarea', hint: 'The system, the scale, and why it mattered to the business.' },
  { name: 'role', label: 'Your role', kind: 'textarea', rows: 2, hint: 'What you owned, who you led, who you had to convince.' },
  {
    name: 'approach',
    label: 'Approach',
    kind: 'textarea',
    rows: 4,
    hint: 'The plan and how it unfolded: phases, pilots, migration, measurement.',
  },
  { name: 'tradeoffs', label: 'Trade-offs', kind: 'textarea', hint: 'What you chose not to do and why; the risks you accepted.' },
  { name: 'outcome', label: 'Outcome', kind: 'textarea', hint: 'Before and after, and what lasted. Link metrics below for the numbers.' },
  { name: 'painPoints', label: 'Pain points it answers', kind: 'chips', options: painPoints },
];

export function CaseStudiesManager() {
  return (
    <ResourceManager<CaseStudyDto>
      noun="case study"
      client={caseStudiesClient}
      fields={fields}
      schema={caseStudyCreateSchema}
      emptyValues={{
        title: '',
        dimension: 'deployment_speed',
        context: '',
        role: '',
        approach: '',
        tradeoffs: '',
        outcome: '',
        painPoints: [],
      }}
      itemTitle={(c) => c.title}
      empty={
        <EmptyState title="Write one platform case study you can walk through" step="Guide step 3: an interview-ready platform case study">
          Pick the project where you most clearly improved deployment speed, reliability or cost. Write every section, then link at least
          one metric with a before and after value so the outcome is measurable.
        </EmptyState>
      }
      renderItem={(c) => (
        <div>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <p className="font-semibold">{c.title}</p>
              <p className="text-sm text-slate-600">{labelOf(dimensions, c.dimension)}</p>
            </div>
            <span data-testid="case-study-status">
              {c.complete ? <Badge tone="green">Complete</Badge> : <Badge tone="amber">Incomplete</Badge>}
            </span>
          </div>
          {!c.complete && (
            <p className="mt-2 text-sm text-amber-900" data-testid="case-study-missing">
              Still missing: {c.missing.join(', ')}.
            </p>
          )}
          {c.outcome && <p className="mt-2 whitespace-pre-line text-slate-700">{c.outcome}</p>}
          <div className="mt-3">
            <p className="text-sm font-medium">Linked metrics</p>
            {c.metrics.length ? (
              <ul className="mt-1 list-disc pl-5 text-sm">
                {c.metrics.map((m) => (
                  <li key={m.id}>{m.bullet}</li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">
                None yet.{' '}
                <Link href="/metrics" className="font-medium text-brand-700 underline">
                  Add a metric
                </Link>{' '}
                and link it to this case study.
              </p>
            )}
          </div>
        </div>
      )}
    />
  );
}
