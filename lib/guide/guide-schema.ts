import { z } from 'zod';

/**
 * Named evidence sets the coverage engine derives from a user's data. Checks count or
 * inspect these; a new guide reuses them with its own thresholds, labels and links.
 */
export const SOURCES = [
  'ready_stories',
  'written_case_studies', // every section filled
  'measured_case_studies', // with a linked before/after metric
  'complete_case_studies',
  'metrics',
  'metrics_on_resume',
  'metrics_on_linkedin',
  'practice_and_tagged_stories', // practice entries plus ready stories tagged with an operational competency
  'contacts',
  'contacts_in_target_industry',
  'evidence_linked_to_captured_pain_points', // stories and case studies answering a pain point a contact raised
] as const;
export type Source = (typeof SOURCES)[number];

export const FIELDS = ['cloud_provider', 'iac_tool', 'target_industry'] as const;
export const DEPTH_AREAS = ['networking', 'iam', 'compute', 'storage', 'managed_services', 'iac'] as const;

const source = z.enum(SOURCES);
const min = z.number().int().min(1);

export const checkSchema = z.intersection(
  z.object({
    key: z.string().regex(/^[a-z0-9_.]+$/),
    label: z.string().min(3).max(120),
    nextAction: z.string().min(3).max(160),
    href: z.string().startsWith('/'),
  }),
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('count_at_least'), source, min }),
    z.object({ kind: z.literal('tag_covered'), source, tag: z.enum(['themes', 'competencies', 'area']), value: z.string() }),
    z.object({ kind: z.literal('depth_at_least'), area: z.enum(DEPTH_AREAS), min: z.number().int().min(0).max(4) }),
    z.object({ kind: z.literal('field_set'), field: z.enum(FIELDS) }),
    z.object({
      kind: z.literal('categories_at_least'),
      source,
      field: z.enum(['painPoints', 'dimension']),
      min,
      allowed: z.array(z.string()).optional(),
    }),
    z.object({ kind: z.literal('linked_at_least'), min }),
  ]),
);
export type Check = z.infer<typeof checkSchema>;

export const guideSchema = z.object({
  id: z.string(),
  title: z.string(),
  themes: z.array(z.object({ id: z.string(), label: z.string() })).min(1),
  competencies: z.array(z.object({ id: z.string(), label: z.string(), kind: z.enum(['responsibility', 'skill', 'skill_gap']) })),
  /** Competencies a complete case study demonstrates, by the dimension it improved. */
  dimensionCompetencies: z.record(z.string(), z.array(z.string())),
  /** Competencies that make a story count as operational practice, per practice area. */
  operationalCompetencies: z.record(z.string(), z.array(z.string())),
  steps: z
    .array(
      z.object({
        step: z.number().int().min(1),
        key: z.string(),
        title: z.string(),
        summary: z.string(),
        checks: z.array(checkSchema).min(1),
      }),
    )
    .min(1)
    .superRefine((steps, ctx) => {
      const keys = steps.flatMap((s) => s.checks.map((c) => c.key));
      if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', message: 'check keys must be unique' });
    }),
});
export type Guide = z.infer<typeof guideSchema>;
