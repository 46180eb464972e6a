'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldSpec } from '@/components/resource/field-spec';
import { ResourceManager } from '@/components/resource/resource-manager';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { EmptyState } from '@/components/ui/empty-state';
import type { MetricDto } from '@/lib/validation/metric';
import { caseStudiesClient } from '@/lib/client/case-studies';
import { metricsClient } from '@/lib/client/metrics';
import { storyTitlesQuery } from '@/lib/client/stories';
import { metricCreateSchema } from '@/lib/validation/metric';

const filters = [
  { id: 'all', label: 'All metrics', of: () => true },
  { id: 'resume', label: 'On resume', of: (m: MetricDto) => m.onResume },
  { id: 'linkedin', label: 'On LinkedIn', of: (m: MetricDto) => m.onLinkedin },
] as const;

export function MetricsManager() {
  const [filter, setFilter] = useState<(typeof filters)[number]['id']>('all');
  const { data: studies = [] } = useQuery(caseStudiesClient.listQuery());
  const { data: stories = [] } = useQuery(storyTitlesQuery());

  const fields: FieldSpec[] = [
    { name: 'label', label: 'What you measured', kind: 'text', placeholder: 'e.g. Build time' },
    {
      name: 'direction',
      label: 'Better means',
      kind: 'select',
      options: [
        { id: 'decrease', label: 'Lower (reduce)' },
        { id: 'increase', label: 'Higher (increase)' },
      ],
    },
    { name: 'baseline', label: 'Before', kind: 'number', nullable: true, hint: 'Leave empty if there was no before value.' },
    { name: 'result', label: 'After', kind: 'number' },
    {
      name: 'unit',
      label: 'Unit',
      kind: 'text',
      placeholder: 'min, %, $, teams…',
      list: ['min', 'hours', 'ms', '%', '$', 'teams', 'services', 'deploys/week', 'incidents/month'],
    },
    { name: 'timeframe', label: 'Timeframe', kind: 'text', placeholder: 'e.g. two quarters, in 6 months' },
    { name: 'context', label: 'Context', kind: 'textarea', rows: 2, hint: 'How it was measured, and by whom.' },
    { name: 'onResume', label: 'On my resume', kind: 'checkbox' },
    { name: 'onLinkedin', label: 'On my LinkedIn', kind: 'checkbox' },
    {
      name: 'caseStudyId',
      label: 'Case study',
      kind: 'select',
      nullable: 'Not linked',
      options: studies.map((s) => ({ id: s.id, label: s.title })),
    },
    {
      name: 'storyId',
      label: 'Story',
      kind: 'select',
      nullable: 'Not linked',
      options: stories.map((s) => ({ id: s.id, label: s.title })),
    },
  ];

  return (
    <ResourceManager<MetricDto>
      noun="metric"
      client={metricsClient}
      fields={fields}
      schema={metricCreateSchema}
      emptyValues={{
        label: '',
        direction: 'decrease',
        baseline: null,
        result: undefined,
        unit: '',
        timeframe: '',
        context: '',
        onResume: false,
        onLinkedin: false,
        caseStudyId: null,
        storyId: null,
      }}
      itemTitle={(m) => m.label}
      filter={filters.find((f) => f.id === filter)!.of}
      toolbar={(items) => {
        const resume = items
          .filter((m) => m.onResume)
          .map((m) => `• ${m.bullet}`)
          .join('\n');
        return (
          <div className="flex flex-wrap items-center gap-3">
            <fieldset className="flex flex-wrap gap-1" aria-label="Show">
              {filters.map((f) => (
                <label
                  key={f.id}
                  className="cursor-pointer rounded-full border border-slate-300 bg-white px-3 py-1 text-sm has-checked:border-brand-600 has-checked:bg-brand-100"
                >
                  <input
                    type="radio"
                    name="metric-filter"
                    value={f.id}
                    checked={filter === f.id}
                    onChange={() => setFilter(f.id)}
                    className="sr-only"
                  />
                  {f.label}
                </label>
              ))}
            </fieldset>
            {resume && <CopyButton text={resume} label="Copy all resume bullets" />}
          </div>
        );
      }}
      empty={
        <EmptyState title="Turn your impact into numbers" step="Guide step 5: update your resume and LinkedIn with metrics">
          Hiring managers skim for before-and-after figures: incident rate down, build time cut, deploys per week up. Add at least three,
          put three on your resume and one on LinkedIn. Starboard writes the bullet for you.
        </EmptyState>
      }
      renderItem={(m) => (
        <div>
          <p className="font-medium" data-testid="metric-bullet">
            {m.bullet}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-1.5">
            {m.changePct !== null && (
              <Badge tone="blue">
                {m.changePct > 0 ? '+' : ''}
                {m.changePct}%
              </Badge>
            )}
            {m.onResume && <Badge tone="green">Resume</Badge>}
            {m.onLinkedin && <Badge tone="green">LinkedIn</Badge>}
            {m.caseStudyId && <Badge>Case study: {studies.find((s) => s.id === m.caseStudyId)?.title ?? 'linked'}</Badge>}
            {m.storyId && <Badge>Story: {stories.find((s) => s.id === m.storyId)?.title ?? 'linked'}</Badge>}
            <span className="ml-auto">
              <CopyButton text={m.bullet} />
            </span>
          </div>
        </div>
      )}
    />
  );
}
