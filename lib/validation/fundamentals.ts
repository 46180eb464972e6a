import { z } from 'zod';
import { CLOUD_PROVIDERS, FUNDAMENTAL_AREAS } from '@/lib/guide/enums';
import { boundedText } from './common';

export const DEPTH_MAX = 4;

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

export type FundamentalsDto = FundamentalsInput;
