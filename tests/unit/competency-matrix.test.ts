import { describe, expect, it } from 'vitest';
import { computeCompetencyMatrix } from '@/lib/domain/competency-matrix';
import { platformEmGuide } from '@/lib/guide/platform-em-guide';

describe('computeCompetencyMatrix', () => {
  const stories = [
    { id: 's1', themes: ['hiring'], competencies: ['people_leadership'] },
    { id: 's2', themes: ['hiring', 'prioritization'], competencies: ['people_leadership', 'cost_management'] },
    { id: 's3', themes: ['hiring', 'prioritization', 'conflict_resolution', 'cross_team_alignment'], competencies: [] },
  ];
  const m = computeCompetencyMatrix(platformEmGuide, stories, [{ id: 'c1', dimension: 'cost' }]);
  const row = (id: string) => m.rows.find((r) => r.id === id)!;

  it('has a row per theme and per guide competency', () => {
    expect(m.rows).toHaveLength(5 + 25);
    expect(m.rows.filter((r) => r.kind === 'skill_gap')).toHaveLength(5);
  });

  it('lists covering stories and case studies with strength 0, 1, 2+', () => {
    expect(row('hiring')).toMatchObject({ storyIds: ['s1', 's2', 's3'], strength: 2 });
    expect(row('conflict_resolution')).toMatchObject({ storyIds: ['s3'], strength: 1 });
    expect(row('incident_leadership')).toMatchObject({ storyIds: [], strength: 0 });
    expect(row('cost_management')).toMatchObject({ storyIds: ['s2'], caseStudyIds: ['c1'], strength: 2 });
    expect(row('cost_vs_reliability')).toMatchObject({ storyIds: [], caseStudyIds: ['c1'], strength: 1 });
  });

  it('flags a story carrying more than three themes as overused', () => {
    expect(m.overusedStoryIds).toEqual(['s3']);
  });
});

describe('countMatrixRows', () => {
  it('keeps every row and its strength, with the evidence counted instead of listed', async () => {
    const { countMatrixRows } = await import('@/lib/domain/competency-matrix');
    const matrix = {
      rows: [
        { id: 'hiring', label: 'Hiring', kind: 'theme' as const, storyIds: ['a', 'b', 'c'], caseStudyIds: [], strength: 2 as const },
        { id: 'iac', label: 'IaC', kind: 'skill' as const, storyIds: [], caseStudyIds: ['x'], strength: 1 as const },
      ],
      overusedStoryIds: [],
    };
    expect(countMatrixRows(matrix)).toEqual([
      { id: 'hiring', label: 'Hiring', kind: 'theme', stories: 3, caseStudies: 0, strength: 2 },
      { id: 'iac', label: 'IaC', kind: 'skill', stories: 0, caseStudies: 1, strength: 1 },
    ]);
  });
});
