import 'server-only';
import { caseStudyQueries } from '@/db/queries/case-studies';
import { contactQueries } from '@/db/queries/contacts';
import { metricQueries } from '@/db/queries/metrics';
import {
  createInterview,
  deleteInterview,
  getInterview,
  type InterviewRecord,
  type InterviewValues,
  listInterviewsByRole,
  roleQueries,
  updateInterview,
} from '@/db/queries/roles';
import { getStoryById, listStoriesByUser } from '@/db/queries/stories';
import { understandQuestion } from '@/lib/domain/question';
import { analyzePosting, type PostingAnalysis } from '@/lib/domain/posting-analysis';
import { buildRoleBrief } from '@/lib/domain/role-brief';
import { mentions } from '@/lib/domain/text-stats';
import { AppError, notFound } from '@/lib/errors';
import { competencyLabel, painPoints as painPointList, themeLabel } from '@/lib/guide';
import { painPointLexicon } from '@/lib/guide/pain-point-lexicon';
import { questionsToAskByPainPoint, questionsToAskByRound, questionsToAskByTheme } from '@/lib/guide/questions-to-ask';
import type { InterviewDto, InterviewInput, InterviewPatch, PostingAnalysisDto, RoleBriefDto, RoleDto } from '@/lib/validation/role';
import { ownedService } from './owned-service';
import { presentMetric } from './metrics';

const painPointLabel = (id: string) => painPointList.find((p) => p.id === id)?.label ?? id;

/** Everything the user has written as evidence, lower-cased: the posting's terms are looked for in it. */
function evidenceTextOf(userId: string): string {
  return [
    ...listStoriesByUser({ userId }).map((s) => [s.title, s.situation, s.task, s.action, s.result].join(' ')),
    ...caseStudyQueries.list({ userId }).map((c) => [c.title, c.context, c.role, c.approach, c.tradeoffs, c.outcome].join(' ')),
    ...metricQueries.list({ userId }).map((m) => [m.label, m.unit, m.context].join(' ')),
  ].join('\n');
}

// Reading a posting runs the classifier on every sentence; keep the result per role version, so a
// list of roles or a brief does not read unchanged postings again. Bounded, oldest entries go first.
const analysisCache = new Map<string, Omit<PostingAnalysis, 'missingTerms'> & { terms: string[] }>();
const ANALYSIS_CACHE_MAX = 500;

function analysisOf(role: { id: string; updatedAt: string; posting: string; company: string }, evidenceText: string): PostingAnalysisDto {
  const key = `${role.id}:${role.updatedAt}`;
  let cached = analysisCache.get(key);
  if (!cached) {
    // Terms are found with no evidence, then filtered per call, since the evidence changes without the role changing.
    const full = analyzePosting(role.posting, {
      understand: understandQuestion,
      painPointLexicon,
      evidenceText: '',
      exclude: [role.company],
      maxMissingTerms: 60,
    });
    cached = { themes: full.themes, competencies: full.competencies, painPoints: full.painPoints, terms: full.missingTerms };
    analysisCache.set(key, cached);
    if (analysisCache.size > ANALYSIS_CACHE_MAX) analysisCache.delete(analysisCache.keys().next().value!);
  }
  const evidence = evidenceText.toLowerCase();
  const label = (list: PostingAnalysis['themes'], of: (id: string) => string) => list.map((x) => ({ ...x, label: of(x.id) }));
  return {
    themes: label(cached.themes, themeLabel),
    competencies: label(cached.competencies, competencyLabel),
    painPoints: label(cached.painPoints, painPointLabel),
    missingTerms: cached.terms.filter((t) => !mentions(evidence, t)).slice(0, 15),
  };
}

export const roleService = ownedService({
  what: 'role',
  queries: roleQueries,
  present: (rows, userId): RoleDto[] => {
    if (rows.length === 0) return [];
    const evidence = evidenceTextOf(userId);
    return rows.map((r) => ({ ...r, analysis: analysisOf(r, evidence) }));
  },
});

function requireRole(userId: string, roleId: string) {
  const role = roleQueries.get({ userId, id: roleId });
  if (!role) throw notFound('role');
  return role;
}

/** The UTC instant of an ISO 8601 time with offset, as the database orders by. */
const utcOf = (startsAt: string) => new Date(startsAt).toISOString();

export function presentInterview(i: InterviewRecord): InterviewDto {
  const end = new Date(Date.parse(i.startsAtUtc) + i.durationMinutes * 60_000).toISOString();
  return { ...i, endsAt: end, debrief: i.debrief ?? null };
}

function checkDebriefStories(userId: string, storyIds: string[] | undefined) {
  const unknown = (storyIds ?? []).filter((id) => !getStoryById({ userId, id }));
  // Another user's story id gets the same answer as one that never existed.
  if (unknown.length) throw new AppError('bad_request', 'The debrief names a story that does not exist.', { debrief: ['No such story.'] });
}

export function listInterviewsFor(userId: string, roleId: string): InterviewDto[] {
  requireRole(userId, roleId);
  return listInterviewsByRole({ userId, roleId }).map(presentInterview);
}

export function createInterviewFor(userId: string, roleId: string, input: InterviewInput): InterviewDto {
  requireRole(userId, roleId);
  checkDebriefStories(userId, input.debrief?.storyIds);
  const values: InterviewValues = { ...input, timeZone: input.timeZone ?? '', startsAtUtc: utcOf(input.startsAt) };
  return presentInterview(createInterview({ userId, roleId, values }));
}

export function updateInterviewFor(userId: string, roleId: string, id: string, patch: InterviewPatch): InterviewDto {
  requireRole(userId, roleId);
  if (!getInterview({ userId, roleId, id })) throw notFound('interview');
  checkDebriefStories(userId, patch.debrief?.storyIds);
  const changes: Partial<InterviewValues> = { ...patch, ...(patch.startsAt ? { startsAtUtc: utcOf(patch.startsAt) } : {}) };
  return presentInterview(updateInterview({ userId, roleId, id, changes })!);
}

export function deleteInterviewFor(userId: string, roleId: string, id: string): void {
  requireRole(userId, roleId);
  if (!deleteInterview({ userId, roleId, id })) throw notFound('interview');
}

/** The brief for one role: what to lead with, the gaps, pain points, stories told, questions to ask. */
export function briefFor(userId: string, roleId: string): RoleBriefDto {
  const role = roleService.get(userId, roleId);
  const interviews = listInterviewsByRole({ userId, roleId }).map(presentInterview);
  const stories = listStoriesByUser({ userId });
  const brief = buildRoleBrief({
    role,
    analysis: role.analysis,
    stories,
    caseStudies: caseStudyQueries.list({ userId }),
    metrics: metricQueries.list({ userId }).map(presentMetric),
    contacts: contactQueries.list({ userId }),
    interviews,
    labels: { theme: themeLabel, competency: competencyLabel, painPoint: painPointLabel },
    questionBank: { byPainPoint: questionsToAskByPainPoint, byTheme: questionsToAskByTheme, byRound: questionsToAskByRound },
  });
  return { role, interviews, ...brief };
}

/** One role with its analysis, or undefined when the user has no such role (pages answer 404). */
export function findRoleFor(userId: string, id: string): RoleDto | undefined {
  const row = roleQueries.get({ userId, id });
  return row ? roleService.get(userId, id) : undefined;
}
