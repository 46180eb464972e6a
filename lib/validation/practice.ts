import { z } from 'zod';
import { PRACTICE_AREAS } from '@/lib/guide/enums';
import { boundedText, isoDate, nonEmptyText, optionalText, patchOf, type Stored } from './common';

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

export type PracticeDto = PracticeInput & Stored;
