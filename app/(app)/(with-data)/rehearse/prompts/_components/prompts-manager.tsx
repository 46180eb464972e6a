'use client';

import type { FieldSpec } from '@/components/resource/field-spec';
import { ResourceManager } from '@/components/resource/resource-manager';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import type { PromptDto } from '@/lib/validation/rehearsal';
import { promptsClient } from '@/lib/client/prompts';
import { competencies, themeLabel, themes } from '@/lib/guide';
import { promptCreateSchema } from '@/lib/validation/rehearsal';
import { ThemePrefill } from './theme-prefill';

const fields: FieldSpec[] = [
  { name: 'text', label: 'Question', kind: 'textarea', rows: 2, hint: 'As an interviewer would ask it.' },
  { name: 'themes', label: 'Themes', kind: 'chips', options: themes },
  { name: 'competencies', label: 'Competencies', kind: 'chips', options: competencies },
];

export function PromptsManager() {
  return (
    <ResourceManager<PromptDto>
      noun="prompt"
      client={promptsClient}
      scope={(p) => !p.builtIn}
      fields={fields}
      schema={promptCreateSchema}
      emptyValues={{ text: '', themes: [], competencies: [] }}
      assistNew={(form) => <ThemePrefill form={form} />}
      itemTitle={(p) => p.text.slice(0, 60)}
      empty={
        <EmptyState title="Add the questions you expect" step="Rehearsal">
          Starboard ships with over sixty prompts. Add the ones you heard in a real loop, or expect from a specific company; they join the
          draw and the spaced-repetition schedule like any other.
        </EmptyState>
      }
      renderItem={(p) => (
        <div>
          <p className="font-medium">{p.text}</p>
          <div className="mt-2 flex flex-wrap gap-1.5">
            {p.themes.map((t) => (
              <Badge key={t} tone="blue">
                {themeLabel(t)}
              </Badge>
            ))}
          </div>
        </div>
      )}
    />
  );
}
