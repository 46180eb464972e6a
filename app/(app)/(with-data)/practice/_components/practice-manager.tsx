'use client';

import type { FieldSpec } from '@/components/resource/field-spec';
import { ResourceManager } from '@/components/resource/resource-manager';
import type { PracticeDto } from '@/lib/validation/practice';
import { practiceClient } from '@/lib/client/practice';
import { practiceAreas } from '@/lib/guide';
import { practiceCreateSchema } from '@/lib/validation/practice';
import { EmptyState } from '@/components/ui/empty-state';

const fields: FieldSpec[] = [
  { name: 'area', label: 'Area', kind: 'select', options: [...practiceAreas] },
  { name: 'date', label: 'Date', kind: 'date' },
  { name: 'summary', label: 'What you did', kind: 'textarea', hint: 'The drill, shift or review, in a sentence or two.', rows: 2 },
  { name: 'reflection', label: 'Reflection', kind: 'textarea', hint: 'What you would do differently, and what you will practise next.' },
];

const today = () => new Date().toISOString().slice(0, 10);

export function PracticeManager() {
  return (
    <ResourceManager<PracticeDto>
      noun="practice entry"
      client={practiceClient}
      fields={fields}
      schema={practiceCreateSchema}
      emptyValues={{ area: 'on_call', date: today(), summary: '', reflection: '' }}
      itemTitle={(p) => p.summary.slice(0, 60)}
      groups={practiceAreas.map((a) => ({ id: a.id, label: a.label, of: (p: PracticeDto) => p.area === a.id }))}
      empty={
        <EmptyState title="Log your operational leadership practice" step="Guide step 4: practise operational leadership">
          Interviewers probe how you run on-call, command an incident and make post-incident actions stick. Log one entry for each area: a
          game day you commanded, an on-call change you drove, a review whose follow-ups you chased.
        </EmptyState>
      }
      renderItem={(p) => (
        <div>
          <p className="text-sm text-slate-600">
            <time dateTime={p.date}>{p.date}</time>
          </p>
          <p className="mt-1 font-medium">{p.summary}</p>
          {p.reflection && <p className="mt-1 whitespace-pre-line text-slate-700">{p.reflection}</p>}
        </div>
      )}
    />
  );
}
