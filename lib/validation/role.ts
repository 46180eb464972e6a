import { z } from 'zod';
import type { RoleBrief } from '@/lib/domain/role-brief';
import { ROLE_STATUSES, ROUND_KINDS, type RoleStatus, type RoundKind } from '@/lib/guide/enums';
import { boundedText, nonEmptyText, optionalText, patchOf, type Stored } from './common';

export const POSTING_MAX = 30_000;

const postingUrl = z
  .string({ error: 'Posting link must be text.' })
  .trim()
  .max(2000, 'Keep the posting link under 2,000 characters.')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'The posting link must be an http or https address.');

// A role the user is interviewing for (guide step 6).
const roleFields = {
  company: nonEmptyText(120, 'Company'),
  title: nonEmptyText(160, 'Title'),
  industry: boundedText(100, 'Industry'),
  posting: boundedText(POSTING_MAX, 'Posting'),
  // An empty field in a form means "no link".
  postingUrl: z.preprocess((v) => (v === '' ? null : v), postingUrl.nullable()),
  status: z.enum(ROLE_STATUSES, { error: `Status is one of: ${ROLE_STATUSES.join(', ')}.` }),
  notes: boundedText(5000, 'Notes'),
};
export const roleCreateSchema = z.strictObject({
  ...roleFields,
  industry: optionalText(100, 'Industry'),
  posting: optionalText(POSTING_MAX, 'Posting'),
  postingUrl: roleFields.postingUrl.default(null),
  status: roleFields.status.default('researching'),
  notes: optionalText(5000, 'Notes'),
});
export const rolePatchSchema = patchOf(roleFields);
export type RoleInput = z.output<typeof roleCreateSchema>;

/** True when `zone` is an IANA time zone this runtime knows. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const debriefSchema = z.strictObject({
  questions: z
    .array(
      z
        .string({ error: 'Each question must be text.' })
        .trim()
        .min(1, 'A question cannot be empty.')
        .max(500, 'Keep each question under 500 characters.'),
    )
    .max(50, 'At most 50 questions.')
    .default([]),
  storyIds: z
    .array(z.string({ error: 'Story ids must be text.' }).min(1).max(64))
    .max(20, 'At most 20 stories.')
    .refine((ids) => new Set(ids).size === ids.length, 'Each story once.')
    .default([]),
  rating: z
    .number({ error: 'Rate the interview from 1 to 4.' })
    .int('Rate the interview from 1 to 4.')
    .min(1, 'Rate the interview from 1 to 4.')
    .max(4, 'Rate the interview from 1 to 4.'),
});
export type DebriefInput = z.output<typeof debriefSchema>;

const interviewFields = {
  startsAt: z.iso.datetime({
    offset: true,
    local: false,
    error: 'Start must be a date and time with its offset, like 2026-12-03T15:00:00+01:00.',
  }),
  timeZone: z.string({ error: 'Time zone must be text.' }).max(64).refine(isTimeZone, 'Unknown time zone; use a name like Europe/Berlin.'),
  durationMinutes: z
    .number({ error: 'Duration must be a number of minutes.' })
    .int('Duration is whole minutes.')
    .min(5, 'An interview lasts at least 5 minutes.')
    .max(600, 'An interview lasts at most 10 hours.'),
  round: z.enum(ROUND_KINDS, { error: `Round is one of: ${ROUND_KINDS.join(', ')}.` }),
  interviewers: boundedText(500, 'Interviewers'),
  notes: boundedText(5000, 'Notes'),
  debrief: debriefSchema.nullable(),
};
export const interviewCreateSchema = z.strictObject({
  ...interviewFields,
  timeZone: interviewFields.timeZone.optional(),
  durationMinutes: interviewFields.durationMinutes.default(45),
  interviewers: optionalText(500, 'Interviewers'),
  notes: optionalText(5000, 'Notes'),
  debrief: interviewFields.debrief.default(null),
});
export const interviewPatchSchema = patchOf(interviewFields);
export type InterviewInput = z.output<typeof interviewCreateSchema>;
export type InterviewPatch = z.output<typeof interviewPatchSchema>;

export const interviewParamsSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  interviewId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
});

type Weighted = { id: string; label: string; weight: number; evidence: string[] };
/** What a posting stresses, as the API shows it beside each role. */
export type PostingAnalysisDto = { themes: Weighted[]; competencies: Weighted[]; painPoints: Weighted[]; missingTerms: string[] };

export type RoleDto = RoleInput & Stored & { status: RoleStatus; analysis: PostingAnalysisDto };

/** An interview as the API answers it: the instant as entered, in UTC, and its end. */
export type InterviewDto = Omit<InterviewInput, 'timeZone'> &
  Stored & { roleId: string; timeZone: string; round: RoundKind; startsAtUtc: string; endsAt: string; debrief: DebriefInput | null };

/** GET /api/v1/roles/:id/brief: the role, its interviews, and what to lead with, the gaps, pain points, stories told and questions. */
export type RoleBriefDto = RoleBrief & { role: RoleDto; interviews: InterviewDto[] };

/** The interview form: a wall-clock start in a chosen zone, turned into `startsAt` with its offset on submit. */
export const interviewFormSchema = z.object({
  localStart: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Pick a date and a time.'),
  timeZone: interviewFields.timeZone,
  durationMinutes: z.coerce.number({ error: 'Duration must be a number of minutes.' }).pipe(interviewFields.durationMinutes),
  round: interviewFields.round,
  interviewers: boundedText(500, 'Interviewers'),
  notes: boundedText(5000, 'Notes'),
});
export type InterviewFormValues = z.input<typeof interviewFormSchema>;

/** The debrief form: one question asked per line, the stories told, and a rating from 1 to 4. */
export const debriefFormSchema = z.object({
  questions: z.string().max(20_000, 'Keep the questions under 20,000 characters.'),
  storyIds: z.array(z.string()).max(20, 'At most 20 stories.'),
  rating: z.coerce.number({ error: 'Rate the interview from 1 to 4.' }).pipe(debriefSchema.shape.rating),
});
export type DebriefFormValues = z.input<typeof debriefFormSchema>;
