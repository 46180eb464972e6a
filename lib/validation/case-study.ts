import { z } from 'zod';
import { DIMENSIONS } from '@/lib/guide/enums';
import { boundedText, nonEmptyText, painPointList, patchOf, type Stored } from './common';
import type { MetricDto } from './metric';

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

/** A case study with its linked metrics and whether every section and a baseline are there. */
export type CaseStudyDto = CaseStudyInput & Stored & { metrics: MetricDto[]; complete: boolean; missing: string[] };
