import type { PostingAnalysis } from './posting-analysis';

type BriefStory = {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  themes: string[];
  competencies: string[];
  painPoints: string[];
  ready: boolean;
  updatedAt: string;
};
type BriefCaseStudy = { id: string; title: string; outcome: string; painPoints: string[]; updatedAt: string };
type BriefMetric = { id: string; bullet: string; storyId: string | null; caseStudyId: string | null; onResume: boolean };
type BriefContact = { id: string; name: string; company: string; industry: string; painPoints: string[]; notes: string };
type BriefInterview = { id: string; startsAt: string; round: string; notes: string; debrief: { storyIds: string[] } | null };

export type BriefInput = {
  role: { company: string; industry: string; notes: string };
  analysis: PostingAnalysis;
  stories: BriefStory[];
  caseStudies: BriefCaseStudy[];
  metrics: BriefMetric[];
  contacts: BriefContact[];
  interviews: BriefInterview[];
  labels: { theme: (id: string) => string; competency: (id: string) => string; painPoint: (id: string) => string };
  questionBank: {
    byPainPoint: Readonly<Record<string, readonly string[]>>;
    byTheme: Readonly<Record<string, readonly string[]>>;
    byRound: Readonly<Record<string, readonly string[]>>;
  };
};

export type BriefLead = {
  key: string;
  label: string;
  kind: 'theme' | 'competency';
  weight: number;
  story: Pick<BriefStory, 'id' | 'title' | 'situation' | 'task' | 'action' | 'result'> | null;
  caseStudy: Pick<BriefCaseStudy, 'id' | 'title' | 'outcome'> | null;
  metrics: { id: string; bullet: string }[];
};
export type BriefGap = { key: string; label: string; nextAction: string; href: string };
export type BriefPainPoint = { id: string; label: string; weight: number; from: string[]; notes: string[] };
export type RoleBrief = {
  lead: BriefLead[];
  gaps: BriefGap[];
  painPoints: BriefPainPoint[];
  toldBefore: { storyId: string; title: string; interviewId: string }[];
  questionsToAsk: string[];
};

/** A theme or competency counts as stressed from this share of the posting's emphasis (five themes share 1). */
const STRESSED_THEME = 0.2;
const STRESSED_COMPETENCY = 0.08;
const MAX_LEADS = { theme: 3, competency: 3 };
const MAX_QUESTIONS = 8;

const sameText = (a: string, b: string) => a.trim().length > 0 && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The stressed entries: those over the bar, and always the strongest one when the posting says anything. */
function stressedOf<T extends { weight: number }>(list: T[], bar: number, max: number): T[] {
  const over = list.filter((x) => x.weight >= bar);
  return (over.length ? over : list.slice(0, 1)).slice(0, max);
}

/**
 * The role brief: for each stressed theme and competency, the story, case study and metrics to lead
 * with; the gaps with a next step each; the pain points the posting and the user's contacts raise;
 * the stories already told in this loop; and questions worth asking the interviewers.
 */
export function buildRoleBrief(input: BriefInput): RoleBrief {
  const { analysis, labels } = input;
  const stressedPains = new Set(analysis.painPoints.map((p) => p.id));
  const ready = input.stories.filter((s) => s.ready);
  const used = new Set<string>();
  const toldStories = new Set(input.interviews.flatMap((i) => i.debrief?.storyIds ?? []));

  // Prefer a story that also speaks to the posting's pain points and competencies, then one not yet used
  // in this brief, then one not yet told in this loop, then the most recently edited.
  const stressedCompetencies = stressedOf(analysis.competencies, STRESSED_COMPETENCY, MAX_LEADS.competency);
  const storyScore = (s: BriefStory) =>
    s.painPoints.filter((p) => stressedPains.has(p)).length * 0.5 +
    s.competencies.filter((c) => stressedCompetencies.some((x) => x.id === c)).length * 0.25 -
    (used.has(s.id) ? 2 : 0) -
    (toldStories.has(s.id) ? 1 : 0);
  const bestStory = (fits: (s: BriefStory) => boolean) =>
    ready.filter(fits).sort((a, b) => storyScore(b) - storyScore(a) || b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
  const bestCaseStudy = () =>
    input.caseStudies
      .map((c) => ({ c, overlap: c.painPoints.filter((p) => stressedPains.has(p)).length }))
      .filter((x) => x.overlap > 0)
      .sort((a, b) => b.overlap - a.overlap || b.c.updatedAt.localeCompare(a.c.updatedAt))[0]?.c ?? null;

  const leadFor = (kind: 'theme' | 'competency', id: string, weight: number): BriefLead => {
    const story = bestStory((s) => (kind === 'theme' ? s.themes : s.competencies).includes(id));
    if (story) used.add(story.id);
    const caseStudy = bestCaseStudy();
    const metrics = input.metrics
      .filter((m) => (story && m.storyId === story.id) || (caseStudy && m.caseStudyId === caseStudy.id))
      .sort((a, b) => Number(b.onResume) - Number(a.onResume))
      .slice(0, 3)
      .map((m) => ({ id: m.id, bullet: m.bullet }));
    return {
      key: `${kind}:${id}`,
      label: kind === 'theme' ? labels.theme(id) : labels.competency(id),
      kind,
      weight,
      story: story && {
        id: story.id,
        title: story.title,
        situation: story.situation,
        task: story.task,
        action: story.action,
        result: story.result,
      },
      caseStudy: caseStudy && { id: caseStudy.id, title: caseStudy.title, outcome: caseStudy.outcome },
      metrics,
    };
  };
  const lead = [
    ...stressedOf(analysis.themes, STRESSED_THEME, MAX_LEADS.theme).map((t) => leadFor('theme', t.id, t.weight)),
    ...stressedCompetencies.map((c) => leadFor('competency', c.id, c.weight)),
  ];

  const gaps: BriefGap[] = lead
    .filter((l) => !l.story)
    .map((l) => {
      const [kind, id] = l.key.split(':') as ['theme' | 'competency', string];
      return {
        key: l.key,
        label: `No ready story shows ${l.label.toLowerCase()}`,
        nextAction: `Write a story on ${l.label.toLowerCase()} and mark it ready; this posting stresses it.`,
        href: kind === 'theme' ? `/stories/new?theme=${id}` : `/stories/new?competency=${id}`,
      };
    });
  for (const pain of analysis.painPoints) {
    const covered = ready.some((s) => s.painPoints.includes(pain.id)) || input.caseStudies.some((c) => c.painPoints.includes(pain.id));
    if (!covered) {
      const label = labels.painPoint(pain.id);
      gaps.push({
        key: `pain:${pain.id}`,
        label: `Nothing you have written addresses ${label.toLowerCase()}`,
        nextAction: `Add a case study or a ready story with ${label.toLowerCase()} as a pain point.`,
        href: '/case-studies',
      });
    }
  }
  if (analysis.missingTerms.length) {
    const shown = analysis.missingTerms.slice(0, 6);
    gaps.push({
      key: 'terms',
      label: `The posting names ${shown.join(', ')}; none of your evidence does`,
      nextAction: 'Where you have used them, say so in a story or case study; where not, prepare how you would learn them.',
      href: '/stories',
    });
  }

  const relevantContacts = input.contacts.filter(
    (c) => sameText(c.company, input.role.company) || sameText(c.industry, input.role.industry),
  );
  const painIds = [...new Set([...analysis.painPoints.map((p) => p.id), ...relevantContacts.flatMap((c) => c.painPoints)])];
  const painPoints: BriefPainPoint[] = painIds.map((id) => {
    const fromContacts = relevantContacts.filter((c) => c.painPoints.includes(id));
    const weight = analysis.painPoints.find((p) => p.id === id)?.weight ?? 0;
    return {
      id,
      label: labels.painPoint(id),
      weight,
      from: [...(weight > 0 ? ['the posting'] : []), ...fromContacts.map((c) => c.name)],
      notes: fromContacts.map((c) => c.notes.trim()).filter(Boolean),
    };
  });

  const titles = new Map(input.stories.map((s) => [s.id, s.title]));
  const toldBefore = input.interviews.flatMap((i) =>
    (i.debrief?.storyIds ?? []).flatMap((storyId) => {
      const title = titles.get(storyId);
      return title ? [{ storyId, title, interviewId: i.id }] : [];
    }),
  );

  // The user's own questions first (lines ending in "?" in their notes), then ones the posting's emphasis suggests.
  const own = [input.role.notes, ...input.interviews.map((i) => i.notes)]
    .flatMap((notes) => notes.split(/\n+/))
    .map((line) => line.replace(/^\s*[-*•]\s*/u, '').trim())
    .filter((line) => line.endsWith('?') && line.length > 5);
  const suggested = [
    ...painPoints.slice(0, 2).flatMap((p) => (input.questionBank.byPainPoint[p.id] ?? []).slice(0, 2)),
    ...stressedOf(analysis.themes, STRESSED_THEME, 1).flatMap((t) => (input.questionBank.byTheme[t.id] ?? []).slice(0, 1)),
    ...[...new Set(input.interviews.map((i) => i.round))].flatMap((r) => (input.questionBank.byRound[r] ?? []).slice(0, 1)),
  ];
  const questionsToAsk = [...new Set([...own, ...suggested])].slice(0, MAX_QUESTIONS);

  return { lead, gaps, painPoints, toldBefore, questionsToAsk };
}
