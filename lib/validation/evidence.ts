import { z } from 'zod';
import { PAIN_POINT_IDS } from '@/lib/guide';
import { CLOUD_PROVIDERS, DIMENSIONS, FUNDAMENTAL_AREAS, METRIC_DIRECTIONS, PRACTICE_AREAS } from '@/lib/guide/enums';
import { boundedText, idList, isoDate, nonEmptyText, patchOf } from './common';

export const DEPTH_MAX = 4;

const painPointList = idList(PAIN_POINT_IDS, 4, 'pain point');
const optionalText = (max: number, label: string) => boundedText(max, label).default('');

// Practice log (guide step 4)
const practiceFields = {
  area: z.enum(PRACTICE_AREAS, { error: 'Area is on_call, incident_command or post_incident.' }),
  date: isoDate('Date'),
  summary: nonEmptyText(2000, 'Summary'),
  reflection: boundedText(5000, 'Reflection'),
};
export const practiceCreateSchema = z.strictObject({ ...practiceFields, reflection: optionalText(5000, 'Reflection') });
export const practicePatchSchema = patchOf(practiceFields);
export type PracticeInput = z.output<typeof practiceCreateSchema>;

// Networking contacts (guide step 6)
const contactFields = {
  name: nonEmptyText(120, 'Name'),
  role: boundedText(120, 'Role'),
  company: boundedText(120, 'Company'),
  industry: boundedText(100, 'Industry'),
  metOn: isoDate('Date met'),
  painPoints: painPointList,
  notes: boundedText(5000, 'Notes'),
  followUpOn: isoDate('Follow-up date').nullable(),
};
export const contactCreateSchema = z.strictObject({
  ...contactFields,
  role: optionalText(120, 'Role'),
  company: optionalText(120, 'Company'),
  industry: optionalText(100, 'Industry'),
  painPoints: painPointList.default([]),
  notes: optionalText(5000, 'Notes'),
  followUpOn: contactFields.followUpOn.default(null),
});
export const contactPatchSchema = patchOf(contactFields);
export type ContactInput = z.output<typeof contactCreateSchema>;

// Case studies (guide step 3)
const section = (label: string) => boundedText(5000, label);
const caseStudyFields = {
  title: nonEmptyText(200, 'Title'),
  context: section('Context'),
  role: section('Your role'),
  approach: section('Approach'),
  tradeoffs: section('Trade-offs'),
  outcome: section('Outcome'),
  dimension: z.enum(DIMENSIONS, { error: 'Dimension is deployment_speed, reliability or cost.' }),
  painPoints: painPointList,
};
export const caseStudyCreateSchema = z.strictObject({
  ...caseStudyFields,
  context: section('Context').default(''),
  role: section('Your role').default(''),
  approach: section('Approach').default(''),
  tradeoffs: section('Trade-offs').default(''),
  outcome: section('Outcome').default(''),
  painPoints: painPointList.default([]),
});
export const caseStudyPatchSchema = patchOf(caseStudyFields);
export type CaseStudyInput = z.output<typeof caseStudyCreateSchema>;

// Impact metrics (guide step 5)
const finite = (label: string) =>
  z.number({ error: `${label} must be a number.` }).refine(Number.isFinite, `${label} must be a finite number.`);
const refId = z.string().max(64).nullable();
const metricFields = {
  label: nonEmptyText(120, 'Label'),
  direction: z.enum(METRIC_DIRECTIONS, { error: 'Direction is decrease or increase.' }),
  baseline: finite('Baseline').nullable(),
  result: finite('Result'),
  unit: boundedText(20, 'Unit'),
  timeframe: boundedText(60, 'Timeframe'),
  context: boundedText(1000, 'Context'),
  onResume: z.boolean({ error: 'onResume must be true or false.' }),
  onLinkedin: z.boolean({ error: 'onLinkedin must be true or false.' }),
  storyId: refId,
  caseStudyId: refId,
};
export const metricCreateSchema = z.strictObject({
  ...metricFields,
  baseline: metricFields.baseline.default(null),
  unit: optionalText(20, 'Unit'),
  timeframe: optionalText(60, 'Timeframe'),
  context: optionalText(1000, 'Context'),
  onResume: metricFields.onResume.default(false),
  onLinkedin: metricFields.onLinkedin.default(false),
  storyId: refId.default(null),
  caseStudyId: refId.default(null),
});
export const metricPatchSchema = patchOf(metricFields);
export type MetricInput = z.output<typeof metricCreateSchema>;

// Fundamentals (guide step 2), one profile per user
const depth = z
  .number({ error: 'Depth must be a number from 0 to 4.' })
  .int('Depth is a whole number.')
  .min(0, 'Depth is at least 0.')
  .max(DEPTH_MAX, `Depth is at most ${DEPTH_MAX}.`);
const areaSchema = z.strictObject({ depth, evidence: boundedText(2000, 'Evidence') });
export const fundamentalsSchema = z.strictObject({
  cloudProvider: z.enum(CLOUD_PROVIDERS, { error: 'Provider is aws, azure or gcp.' }).nullable(),
  areas: z.strictObject(
    Object.fromEntries(FUNDAMENTAL_AREAS.map((a) => [a, areaSchema])) as Record<(typeof FUNDAMENTAL_AREAS)[number], typeof areaSchema>,
  ),
  iacTool: z
    .string({ error: 'IaC tool must be text.' })
    .trim()
    .max(60, 'Keep the tool name under 60 characters.')
    .nullable()
    .transform((s) => s || null),
  iacDepth: depth,
});
export type FundamentalsInput = z.output<typeof fundamentalsSchema>;

/** What the API adds to every stored entity. */
type Stored = { id: string; createdAt: string; updatedAt: string };

export type PracticeDto = PracticeInput & Stored;
export type ContactDto = ContactInput & Stored;
/** A metric as the API answers it: stored fields plus the change in % and the resume bullet. */
export type MetricDto = MetricInput & Stored & { changePct: number | null; bullet: string };
/** A case study with its linked metrics and whether every section and a baseline are there. */
export type CaseStudyDto = CaseStudyInput & Stored & { metrics: MetricDto[]; complete: boolean; missing: string[] };
export type FundamentalsDto = FundamentalsInput;
