import { z } from 'zod';
import { boundedText, isoDate, nonEmptyText, optionalText, painPointList, patchOf, type Stored } from './common';

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

export type ContactDto = ContactInput & Stored;
