import { describe, expect, it } from 'vitest';
import { analyzePosting, notableTerms, postingSentences } from '@/lib/domain/posting-analysis';
import { understandQuestion } from '@/lib/domain/question';
import { buildRoleBrief, type BriefInput } from '@/lib/domain/role-brief';
import { formatOffset, offsetMinutes, zonedToIso } from '@/lib/domain/zoned-time';
import { painPointLexicon } from '@/lib/guide/pain-point-lexicon';
import { questionsToAskByPainPoint, questionsToAskByRound, questionsToAskByTheme } from '@/lib/guide/questions-to-ask';
import { postings } from '../fixtures/postings';

const analyze = (text: string, evidenceText = '', exclude: string[] = []) =>
  analyzePosting(text, { understand: understandQuestion, painPointLexicon, evidenceText, exclude });

describe('postingSentences', () => {
  it('splits lines, bullets and sentences, and drops headings and fragments', () => {
    const text =
      'About us\nWe build payments. You will lead the SRE team!\n• Own incident response for checkout\n- Hire three engineers\n1) Set the roadmap with product\nRemote';
    expect(postingSentences(text)).toEqual([
      'We build payments.',
      'You will lead the SRE team!',
      'Own incident response for checkout',
      'Hire three engineers',
      'Set the roadmap with product',
    ]);
  });
});

describe('analyzePosting', () => {
  it.each(postings.map((p) => [p.id, p] as const))(
    '%s: its strongest theme and pain point are ones a careful reader names',
    (_id, posting) => {
      const analysis = analyze(posting.text, '', [posting.company]);
      expect(posting.stresses.themes).toContain(analysis.themes[0]!.id);
      expect(posting.stresses.painPoints).toContain(analysis.painPoints[0]!.id);
      // Weights are shares of the posting's emphasis, and every stressed item shows the sentences behind it.
      expect(analysis.themes.reduce((sum, t) => sum + t.weight, 0)).toBeCloseTo(1, 1);
      expect(analysis.themes[0]!.evidence.length).toBeGreaterThan(0);
      for (const sentence of analysis.themes[0]!.evidence) expect(posting.text).toContain(sentence.replace(/…$/, ''));
    },
  );

  it('reports the notable terms none of the evidence mentions, and stops reporting one once it is mentioned', () => {
    const text = 'You will run our Kubernetes platform on AWS and move builds to Bazel. Experience with Terraform is a plus.';
    expect(analyze(text).missingTerms).toEqual(expect.arrayContaining(['Kubernetes', 'AWS', 'Bazel', 'Terraform']));
    const after = analyze(text, 'I moved 40 services onto Kubernetes and terraformed our AWS accounts.').missingTerms;
    expect(after).toContain('Bazel');
    expect(after).not.toContain('Kubernetes');
    expect(after).not.toContain('AWS');
    expect(after).not.toContain('Terraform');
  });

  it('answers an empty analysis for an empty posting', () => {
    expect(analyze('')).toEqual({ themes: [], competencies: [], painPoints: [], missingTerms: [] });
  });
});

describe('notableTerms', () => {
  it('keeps tool names and acronyms, not capitalised headings, places, numbers or the company', () => {
    const text = [
      'WHAT YOU WILL BRING',
      'Acme runs Platform Engineering in North America.',
      'You will scale our platform on GKE with Argo CD and k8s operators.',
      'We are a 600-person company in San Francisco, UTC+3 friendly, with 2+ years of FinOps practice.',
    ].join('\n');
    const terms = notableTerms(text, ['Acme']);
    expect(terms).toEqual(expect.arrayContaining(['GKE', 'Argo', 'k8s', 'FinOps']));
    for (const noise of ['BRING', 'Platform', 'North', 'America', 'San', 'Francisco', '600-person', 'UTC+3', '2+', 'Acme']) {
      expect(terms).not.toContain(noise);
    }
  });
});

describe('zoned time', () => {
  it('finds the offset of a zone at an instant, across daylight saving', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(formatOffset(-240)).toBe('-04:00');
    expect(formatOffset(330)).toBe('+05:30');
  });

  it('turns a wall-clock time in a zone into an ISO instant with its offset', () => {
    expect(zonedToIso('2026-12-03T16:00', 'Europe/Berlin')).toBe('2026-12-03T16:00:00+01:00');
    expect(zonedToIso('2026-06-03T09:30', 'America/Los_Angeles')).toBe('2026-06-03T09:30:00-07:00');
    // 02:30 does not exist in Berlin on the spring-forward night; it moves forward by the gap.
    expect(zonedToIso('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
    expect(zonedToIso('not a time', 'Europe/Berlin')).toBeNull();
  });
});

describe('buildRoleBrief', () => {
  const story = (id: string, themes: string[], extra: Partial<BriefInput['stories'][number]> = {}) => ({
    id,
    title: `Story ${id}`,
    situation: 's',
    task: 't',
    action: 'a',
    result: 'r',
    themes,
    competencies: [],
    painPoints: [],
    ready: true,
    updatedAt: '2026-11-01T00:00:00Z',
    ...extra,
  });
  const base: BriefInput = {
    role: { company: 'Acme', industry: 'Fintech', notes: 'Ask about on-call load?\nNot a question' },
    analysis: {
      themes: [
        { id: 'incident_leadership', weight: 0.5, evidence: ['Lead major incidents.'] },
        { id: 'hiring', weight: 0.3, evidence: ['Grow the team.'] },
        { id: 'prioritization', weight: 0.2, evidence: [] },
      ],
      competencies: [{ id: 'org_incident_leadership', weight: 0.3, evidence: [] }],
      painPoints: [{ id: 'reliability', weight: 1, evidence: ['SLOs'] }],
      missingTerms: ['Kubernetes', 'Datadog'],
    },
    stories: [
      story('inc-old', ['incident_leadership'], { updatedAt: '2026-01-01T00:00:00Z' }),
      story('inc-rel', ['incident_leadership'], { painPoints: ['reliability'], updatedAt: '2025-01-01T00:00:00Z' }),
      story('hire-draft', ['hiring'], { ready: false }),
      story('prio', ['prioritization'], { competencies: ['org_incident_leadership'] }),
    ],
    caseStudies: [
      { id: 'cs', title: 'SLO programme', outcome: 'MTTR halved', painPoints: ['reliability'], updatedAt: '2026-01-01T00:00:00Z' },
    ],
    metrics: [
      { id: 'm1', bullet: 'Cut MTTR 50%', storyId: 'inc-rel', caseStudyId: null, onResume: true },
      { id: 'm2', bullet: 'Other', storyId: 'prio', caseStudyId: null, onResume: false },
    ],
    contacts: [
      { id: 'c1', name: 'Dana', company: 'acme', industry: '', painPoints: ['cost'], notes: 'Cloud bill doubled.' },
      { id: 'c2', name: 'Elsewhere', company: 'Other', industry: 'Retail', painPoints: ['security'], notes: '' },
    ],
    interviews: [
      {
        id: 'i1',
        startsAt: '2026-12-01T10:00:00Z',
        round: 'recruiter',
        notes: 'What does success look like in 90 days?',
        debrief: { storyIds: ['prio'] },
      },
    ],
    labels: { theme: (id) => `T:${id}`, competency: (id) => `C:${id}`, painPoint: (id) => `P:${id}` },
    questionBank: { byPainPoint: questionsToAskByPainPoint, byTheme: questionsToAskByTheme, byRound: questionsToAskByRound },
  };
  const brief = buildRoleBrief(base);

  it('leads each stressed theme with the ready story that also meets the posting pain points, with its metrics', () => {
    const incident = brief.lead.find((l) => l.key === 'theme:incident_leadership')!;
    expect(incident.story?.id).toBe('inc-rel');
    expect(incident.metrics.map((m) => m.id)).toEqual(['m1']);
    expect(incident.caseStudy?.id).toBe('cs');
  });

  it('names a gap, with a link to a new story on it, where only a draft covers a stressed theme', () => {
    expect(brief.lead.find((l) => l.key === 'theme:hiring')?.story).toBeNull();
    expect(brief.gaps).toContainEqual(expect.objectContaining({ key: 'theme:hiring', href: '/stories/new?theme=hiring' }));
    expect(brief.gaps.find((g) => g.key === 'terms')?.label).toContain('Kubernetes');
    expect(brief.gaps.some((g) => g.key === 'pain:reliability')).toBe(false);
  });

  it('brings in the pain points of contacts at the company, not elsewhere', () => {
    const cost = brief.painPoints.find((p) => p.id === 'cost')!;
    expect(cost.from).toEqual(['Dana']);
    expect(cost.notes).toEqual(['Cloud bill doubled.']);
    expect(brief.painPoints.some((p) => p.id === 'security')).toBe(false);
    expect(brief.painPoints.find((p) => p.id === 'reliability')?.from).toEqual(['the posting']);
  });

  it('lists the stories already told in the loop and prefers untold ones', () => {
    expect(brief.toldBefore).toEqual([{ storyId: 'prio', title: 'Story prio', interviewId: 'i1' }]);
  });

  it("starts the questions to ask with the user's own, then ones for the stressed pain point and the rounds", () => {
    expect(brief.questionsToAsk.slice(0, 2)).toEqual(['Ask about on-call load?', 'What does success look like in 90 days?']);
    expect(brief.questionsToAsk).toContain(questionsToAskByPainPoint.reliability[0]);
    expect(brief.questionsToAsk).toContain(questionsToAskByRound.recruiter[0]);
    expect(brief.questionsToAsk.length).toBeLessThanOrEqual(8);
  });
});
