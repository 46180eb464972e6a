import { z } from 'zod';
import { METRIC_DIRECTIONS } from '@/lib/guide/enums';
import { boundedText, nonEmptyText, optionalText, patchOf, type Stored } from './common';

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

/** A metric as the API answers it: stored fields plus the change in % and the resume bullet. */
export type MetricDto = MetricInput & Stored & { changePct: number | null; bullet: string };
