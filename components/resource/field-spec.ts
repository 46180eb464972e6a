export type Option = { id: string; label: string; hint?: string };

/** One form field, described as data so every evidence form is built by the same component. */
export type FieldSpec =
  | { name: string; label: string; kind: 'text' | 'date'; hint?: string; placeholder?: string; nullable?: boolean; list?: string[] }
  | { name: string; label: string; kind: 'textarea'; hint?: string; placeholder?: string; rows?: number }
  | { name: string; label: string; kind: 'number'; hint?: string; nullable?: boolean }
  | { name: string; label: string; kind: 'select'; hint?: string; options: Option[]; nullable?: string }
  | { name: string; label: string; kind: 'chips'; hint?: string; options: readonly Option[] }
  | { name: string; label: string; kind: 'checkbox'; hint?: string };

/** Form values from a stored item: nulls become empty inputs. */
export function toFormValues(fields: FieldSpec[], item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((f) => {
      const v = item[f.name];
      if (f.kind === 'chips') return [f.name, v ?? []];
      if (f.kind === 'checkbox') return [f.name, Boolean(v)];
      return [f.name, v === null || v === undefined ? '' : v];
    }),
  );
}
