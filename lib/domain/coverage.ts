import type { Check, Guide, Source } from '@/lib/guide/guide-schema';

export type Evidence = {
  profile: { targetIndustry: string | null };
  stories: { id: string; ready: boolean; themes: string[]; competencies: string[]; painPoints: string[] }[];
  caseStudies: { id: string; sectionsWritten: boolean; hasBaselineMetric: boolean; dimension: string; painPoints: string[] }[];
  metrics: { onResume: boolean; onLinkedin: boolean }[];
  fundamentals: { cloudProvider: string | null; areas: Record<string, { depth: number }>; iacTool: string | null; iacDepth: number };
  practice: { area: string }[];
  contacts: { industry: string; painPoints: string[] }[];
};

export type CheckResult = { key: string; label: string; met: boolean; nextAction: string; href: string };
export type StepResult = {
  step: number;
  key: string;
  title: string;
  summary: string;
  progress: number;
  done: boolean;
  checks: CheckResult[];
};
export type CoverageReport = { overall: number; generatedAt: string; steps: StepResult[] };

type Item = Record<string, unknown>;

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/** The named evidence sets checks refer to, derived once per report. */
function deriveSources(guide: Guide, e: Evidence): Record<Source, Item[]> {
  const readyStories = e.stories.filter((s) => s.ready);
  const complete = e.caseStudies.filter((c) => c.sectionsWritten && c.hasBaselineMetric);
  const operational = Object.entries(guide.operationalCompetencies);
  const taggedStories = readyStories.flatMap((s) =>
    operational.filter(([, ids]) => ids.some((id) => s.competencies.includes(id))).map(([area]) => ({ area })),
  );
  const industry = norm(e.profile.targetIndustry);
  const captured = new Set(e.contacts.flatMap((c) => c.painPoints));
  const answersCaptured = (x: { painPoints: string[] }) => x.painPoints.some((p) => captured.has(p));
  return {
    ready_stories: readyStories,
    written_case_studies: e.caseStudies.filter((c) => c.sectionsWritten),
    measured_case_studies: e.caseStudies.filter((c) => c.hasBaselineMetric),
    complete_case_studies: complete,
    metrics: e.metrics,
    metrics_on_resume: e.metrics.filter((m) => m.onResume),
    metrics_on_linkedin: e.metrics.filter((m) => m.onLinkedin),
    practice_and_tagged_stories: [...e.practice, ...taggedStories],
    contacts: e.contacts,
    contacts_in_target_industry: industry ? e.contacts.filter((c) => norm(c.industry) === industry) : [],
    evidence_linked_to_captured_pain_points: [...e.stories.filter(answersCaptured), ...e.caseStudies.filter(answersCaptured)],
  };
}

function isMet(check: Check, sources: Record<Source, Item[]>, e: Evidence): boolean {
  switch (check.kind) {
    case 'count_at_least':
      return sources[check.source].length >= check.min;
    case 'tag_covered':
      return sources[check.source].some((item) => {
        const tag = item[check.tag];
        return Array.isArray(tag) ? tag.includes(check.value) : tag === check.value;
      });
    case 'depth_at_least':
      if (check.area === 'iac') return norm(e.fundamentals.iacTool) !== '' && e.fundamentals.iacDepth >= check.min;
      return (e.fundamentals.areas[check.area]?.depth ?? 0) >= check.min;
    case 'field_set': {
      const value = {
        cloud_provider: e.fundamentals.cloudProvider,
        iac_tool: e.fundamentals.iacTool,
        target_industry: e.profile.targetIndustry,
      }[check.field];
      return norm(value) !== '';
    }
    case 'categories_at_least': {
      const values = new Set(sources[check.source].flatMap((item) => [item[check.field]].flat() as string[]));
      const counted = check.allowed ? [...values].filter((v) => check.allowed!.includes(v)) : [...values];
      return counted.length >= check.min;
    }
    case 'linked_at_least':
      return sources.evidence_linked_to_captured_pain_points.length >= check.min;
  }
}

/**
 * How far the evidence goes on each of the guide's steps. Pure and deterministic:
 * progress per step is checks met over checks, overall is the mean of the steps.
 */
export function computeCoverage(guide: Guide, evidence: Evidence, now: Date): CoverageReport {
  const sources = deriveSources(guide, evidence);
  const steps = guide.steps.map((step) => {
    const checks = step.checks.map((c) => ({
      key: c.key,
      label: c.label,
      met: isMet(c, sources, evidence),
      nextAction: c.nextAction,
      href: c.href,
    }));
    const progress = checks.filter((c) => c.met).length / checks.length;
    return { step: step.step, key: step.key, title: step.title, summary: step.summary, progress, done: progress === 1, checks };
  });
  const overall = steps.reduce((sum, s) => sum + s.progress, 0) / steps.length;
  return { overall, generatedAt: now.toISOString(), steps };
}
