import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage, type Evidence } from '@/lib/domain/coverage';
import { guideSchema } from '@/lib/guide/guide-schema';
import { platformEmGuide } from '@/lib/guide/platform-em-guide';
import { emptyEvidence, fullEvidence } from '../fixtures/evidence';

const NOW = new Date('2026-11-27T12:00:00Z');
const report = (e: Evidence) => computeCoverage(platformEmGuide, e, NOW);
const check = (e: Evidence, key: string) =>
  report(e)
    .steps.flatMap((s) => s.checks)
    .find((c) => c.key === key)!.met;
const step = (e: Evidence, n: number) => report(e).steps.find((s) => s.step === n)!;

describe('computeCoverage', () => {
  it('an empty account has nothing done and a next action with a link on every check', () => {
    const r = report(emptyEvidence());
    expect(r.overall).toBe(0);
    expect(r.steps).toHaveLength(6);
    for (const s of r.steps) {
      expect(s.done).toBe(false);
      for (const c of s.checks) {
        expect(c.met).toBe(false);
        expect(c.nextAction.length).toBeGreaterThan(3);
        expect(c.href).toMatch(/^\//);
      }
    }
  });

  it('exactly the design table of evidence completes every step', () => {
    const r = report(fullEvidence());
    expect(r.steps.map((s) => [s.step, s.done])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, true]));
    expect(r.overall).toBe(1);
  });

  describe('count_at_least', () => {
    it('is unmet below, met at and above the threshold', () => {
      const e = fullEvidence();
      const metrics = (n: number) => ({ ...e, metrics: Array.from({ length: n }, () => ({ onResume: true, onLinkedin: true })) });
      expect(check(metrics(2), 'metrics.count')).toBe(false);
      expect(check(metrics(3), 'metrics.count')).toBe(true);
      expect(check(metrics(4), 'metrics.count')).toBe(true);
    });

    it('counts only ready stories', () => {
      const e = fullEvidence();
      e.stories[0]!.ready = false;
      expect(check(e, 'stories.count')).toBe(false);
      expect(check(e, 'stories.theme.hiring')).toBe(false);
    });

    it('counts only contacts in the target industry, whatever the case and spacing', () => {
      const e = fullEvidence();
      expect(check({ ...e, contacts: e.contacts.slice(0, 2) }, 'network.conversations')).toBe(false);
      expect(check({ ...e, profile: { targetIndustry: 'Healthcare' } }, 'network.conversations')).toBe(false);
      expect(check({ ...e, profile: { targetIndustry: null } }, 'network.conversations')).toBe(false);
    });
  });

  describe('tag_covered', () => {
    it('needs a ready story per theme, and names the missing theme in its next action', () => {
      const e = fullEvidence();
      e.stories = e.stories.filter((s) => s.id !== 's1');
      const s1 = step(e, 1);
      const unmet = s1.checks.filter((c) => !c.met).map((c) => c.key);
      expect(unmet).toEqual(['stories.count', 'stories.theme.hiring', 'stories.theme.conflict_resolution']);
      expect(s1.checks.find((c) => c.key === 'stories.theme.hiring')).toMatchObject({
        nextAction: expect.stringMatching(/hiring/),
        href: '/stories/new?theme=hiring',
      });
    });

    it('lets a ready story tagged with an operational competency count as practice', () => {
      const e = fullEvidence();
      e.practice = [{ area: 'on_call' }, { area: 'incident_command' }];
      expect(check(e, 'practice.post_incident')).toBe(false);
      e.stories.push({ id: 's9', ready: true, themes: [], competencies: ['reliability_engineering'], painPoints: [] });
      expect(check(e, 'practice.post_incident')).toBe(true);
      e.stories[e.stories.length - 1]!.ready = false;
      expect(check(e, 'practice.post_incident')).toBe(false);
    });
  });

  describe('depth_at_least', () => {
    it.each([
      [2, false],
      [3, true],
      [4, true],
    ])('networking depth %i -> %s', (depth, met) => {
      const e = fullEvidence();
      e.fundamentals.areas.networking = { depth };
      expect(check(e, 'fundamentals.networking')).toBe(met);
    });

    it('needs a named IaC tool as well as depth', () => {
      const e = fullEvidence();
      expect(check({ ...e, fundamentals: { ...e.fundamentals, iacDepth: 2 } }, 'fundamentals.iac')).toBe(false);
      expect(check({ ...e, fundamentals: { ...e.fundamentals, iacTool: '  ' } }, 'fundamentals.iac')).toBe(false);
    });
  });

  describe('field_set', () => {
    it('treats a blank value as unset', () => {
      const e = fullEvidence();
      expect(check({ ...e, fundamentals: { ...e.fundamentals, cloudProvider: null } }, 'fundamentals.provider')).toBe(false);
      expect(check({ ...e, profile: { targetIndustry: '   ' } }, 'network.industry')).toBe(false);
    });
  });

  describe('categories_at_least', () => {
    it('needs two distinct pain-point categories', () => {
      const e = fullEvidence();
      const with1 = { ...e, contacts: e.contacts.map((c) => ({ ...c, painPoints: ['cost'] })) };
      expect(check(with1, 'network.pain_points')).toBe(false);
      expect(check(e, 'network.pain_points')).toBe(true);
    });

    it('only counts a complete case study on an allowed dimension', () => {
      const e = fullEvidence();
      expect(check({ ...e, caseStudies: [{ ...e.caseStudies[0]!, dimension: 'security' }] }, 'case_study.dimension')).toBe(false);
      expect(check({ ...e, caseStudies: [{ ...e.caseStudies[0]!, hasBaselineMetric: false }] }, 'case_study.dimension')).toBe(false);
    });
  });

  describe('linked_at_least', () => {
    it('needs a story or case study tagged with a pain point a contact raised', () => {
      const e = fullEvidence();
      const unlinked = { ...e, stories: e.stories.map((s) => ({ ...s, painPoints: [] })) };
      expect(check(unlinked, 'network.tailored')).toBe(false);
      const tagsUncaptured = { ...e, stories: e.stories.map((s) => ({ ...s, painPoints: ['reliability'] })) };
      expect(check(tagsUncaptured, 'network.tailored')).toBe(false);
      const viaCaseStudy = { ...unlinked, caseStudies: [{ ...e.caseStudies[0]!, painPoints: ['security'] }] };
      expect(check(viaCaseStudy, 'network.tailored')).toBe(true);
    });
  });
});

describe('a second guide is only data', () => {
  const sreGuide = guideSchema.parse({
    id: 'sre-manager',
    title: 'SRE manager',
    themes: [{ id: 'incident_leadership', label: 'Incident leadership' }],
    competencies: [],
    dimensionCompetencies: {},
    operationalCompetencies: {},
    steps: [
      {
        step: 1,
        key: 'incidents',
        title: 'Incident stories',
        summary: 'Two incident stories.',
        checks: [
          {
            key: 'inc.count',
            kind: 'count_at_least',
            source: 'ready_stories',
            min: 5,
            label: '5 stories',
            nextAction: 'Write more',
            href: '/stories',
          },
          {
            key: 'inc.theme',
            kind: 'tag_covered',
            source: 'ready_stories',
            tag: 'themes',
            value: 'incident_leadership',
            label: 'Incident story',
            nextAction: 'Write one',
            href: '/stories/new',
          },
        ],
      },
      {
        step: 2,
        key: 'depth',
        title: 'Depth',
        summary: 'Compute depth.',
        checks: [
          {
            key: 'd.compute',
            kind: 'depth_at_least',
            area: 'compute',
            min: 4,
            label: 'Compute 4',
            nextAction: 'Go deeper',
            href: '/fundamentals',
          },
        ],
      },
    ],
  });

  it('computes with its own thresholds and steps', () => {
    const r = computeCoverage(sreGuide, fullEvidence(), NOW);
    expect(r.steps.map((s) => s.progress)).toEqual([0.5, 0]);
    expect(r.overall).toBe(0.25);
  });

  it('is validated at load: unknown kinds or duplicate keys are refused', () => {
    expect(() =>
      guideSchema.parse({
        ...sreGuide,
        steps: [{ ...sreGuide.steps[0], checks: [{ key: 'x', kind: 'vibes', label: 'xxx', nextAction: 'xxx', href: '/' }] }],
      }),
    ).toThrow();
    expect(() => guideSchema.parse({ ...sreGuide, steps: [sreGuide.steps[0], sreGuide.steps[0]] })).toThrow(/unique/);
  });
});

// Evidence generators for properties: any mix of stories, metrics, practice, contacts, fundamentals.
const themeIds = ['hiring', 'conflict_resolution', 'incident_leadership', 'prioritization', 'cross_team_alignment'];
const arbEvidence: fc.Arbitrary<Evidence> = fc.record({
  profile: fc.record({ targetIndustry: fc.constantFrom(null, 'Fintech', 'Health') }),
  stories: fc.array(
    fc.record({
      id: fc.uuid(),
      ready: fc.boolean(),
      themes: fc.subarray(themeIds),
      competencies: fc.subarray(['operational_practice', 'org_incident_leadership', 'reliability_engineering', 'people_leadership']),
      painPoints: fc.subarray(['cost', 'security', 'reliability']),
    }),
    { maxLength: 8 },
  ),
  caseStudies: fc.array(
    fc.record({
      id: fc.uuid(),
      sectionsWritten: fc.boolean(),
      hasBaselineMetric: fc.boolean(),
      dimension: fc.constantFrom('cost', 'reliability', 'deployment_speed'),
      painPoints: fc.subarray(['cost', 'security']),
    }),
    { maxLength: 3 },
  ),
  metrics: fc.array(fc.record({ onResume: fc.boolean(), onLinkedin: fc.boolean() }), { maxLength: 6 }),
  fundamentals: fc.record({
    cloudProvider: fc.constantFrom(null, 'aws'),
    areas: fc.record({
      networking: fc.record({ depth: fc.integer({ min: 0, max: 4 }) }),
      iam: fc.record({ depth: fc.integer({ min: 0, max: 4 }) }),
      compute: fc.record({ depth: fc.integer({ min: 0, max: 4 }) }),
      managed_services: fc.record({ depth: fc.integer({ min: 0, max: 4 }) }),
    }),
    iacTool: fc.constantFrom(null, 'Terraform'),
    iacDepth: fc.integer({ min: 0, max: 4 }),
  }),
  practice: fc.array(fc.record({ area: fc.constantFrom('on_call', 'incident_command', 'post_incident') }), { maxLength: 4 }),
  contacts: fc.array(
    fc.record({
      industry: fc.constantFrom('Fintech', 'fintech', 'Health'),
      painPoints: fc.subarray(['cost', 'security', 'developer_experience', 'reliability']),
    }),
    { maxLength: 5 },
  ),
});

const merge = (a: Evidence, b: Evidence): Evidence => ({
  profile: a.profile,
  stories: [...a.stories, ...b.stories],
  caseStudies: [...a.caseStudies, ...b.caseStudies],
  metrics: [...a.metrics, ...b.metrics],
  fundamentals: a.fundamentals,
  practice: [...a.practice, ...b.practice],
  contacts: [...a.contacts, ...b.contacts],
});

describe('coverage properties', () => {
  it('progress is in [0, 1] and done iff progress is 1', () => {
    fc.assert(
      fc.property(arbEvidence, (e) => {
        const r = report(e);
        expect(r.overall).toBeGreaterThanOrEqual(0);
        expect(r.overall).toBeLessThanOrEqual(1);
        for (const s of r.steps) {
          expect(s.progress).toBeGreaterThanOrEqual(0);
          expect(s.progress).toBeLessThanOrEqual(1);
          expect(s.done).toBe(s.progress === 1);
        }
      }),
    );
  });

  it('adding evidence never lowers any step', () => {
    fc.assert(
      fc.property(arbEvidence, arbEvidence, (a, b) => {
        const before = report(a).steps.map((s) => s.progress);
        const after = report(merge(a, b)).steps.map((s) => s.progress);
        after.forEach((p, i) => expect(p).toBeGreaterThanOrEqual(before[i]!));
      }),
    );
  });

  it('does not depend on the order of the evidence', () => {
    fc.assert(
      fc.property(arbEvidence, (e) => {
        const reversed: Evidence = {
          ...e,
          stories: [...e.stories].reverse(),
          caseStudies: [...e.caseStudies].reverse(),
          metrics: [...e.metrics].reverse(),
          practice: [...e.practice].reverse(),
          contacts: [...e.contacts].reverse(),
        };
        expect(report(reversed)).toEqual(report(e));
      }),
    );
  });
});
