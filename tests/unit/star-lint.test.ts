import { describe, expect, it } from 'vitest';
import { lintStory, type LintCode } from '@/lib/domain/star-lint';
import { countWords, hasNumber, speakingSeconds } from '@/lib/domain/text-stats';
import { goodStory, storyWith } from '../fixtures/stories';

const codes = (story: Parameters<typeof lintStory>[0]) => lintStory(story).lint.map((f) => f.code);
const repeat = (sentence: string, times: number) => Array(times).fill(sentence).join(' ');

describe('text stats', () => {
  it('counts words and speaking time at 140 words a minute', () => {
    expect(countWords("I cut p99 latency 40% in Q3 — the team's best quarter.")).toBe(11);
    expect(speakingSeconds(140)).toBe(60);
    expect(speakingSeconds(420)).toBe(180);
    expect(speakingSeconds(0)).toBe(0);
  });

  it.each(['40%', '3x faster', '$120k', 'from 2 to 10 teams', 'five teams', 'doubled adoption', 'Twelve engineers'])(
    'finds a number in "%s"',
    (text) => expect(hasNumber(text)).toBe(true),
  );

  it.each(['much faster', 'the team was happier', 'someone noticed', 'often'])('finds no number in "%s"', (text) =>
    expect(hasNumber(text)).toBe(false),
  );
});

describe('lintStory', () => {
  it('passes a complete, quantified story of about 90 seconds with no findings', () => {
    const stats = lintStory(goodStory);
    expect(stats.lint).toEqual([]);
    expect(stats.speakingSeconds).toBeGreaterThanOrEqual(60);
    expect(stats.speakingSeconds).toBeLessThanOrEqual(180);
  });

  it.each(['situation', 'task', 'action', 'result'] as const)('flags an empty %s as an error on that field', (part) => {
    const finding = lintStory(storyWith({ [part]: '   ' })).lint.find((f) => f.code === 'part_missing');
    expect(finding).toMatchObject({ field: part, severity: 'error' });
  });

  it('requires a number in the result unless marked qualitative', () => {
    const vague = storyWith({ result: 'Lead time fell a lot and the teams were much happier with releases afterwards, says everyone.' });
    expect(lintStory(vague).lint.find((f) => f.code === 'result_without_number')).toMatchObject({ field: 'result', severity: 'error' });
    expect(codes({ ...vague, resultQualitative: true })).not.toContain('result_without_number');
    expect(codes(goodStory)).not.toContain('result_without_number');
  });

  it('keeps speaking time between 60 and 180 seconds', () => {
    const short = storyWith({
      situation: 'Deploys were slow.',
      task: 'Fix it.',
      action: 'I split the tests within 2 weeks.',
      result: 'Lead time fell 80%.',
    });
    expect(codes(short)).toContain('too_short');
    const long = storyWith({ action: repeat('I met each team lead and I reviewed their pipeline in detail over the quarter.', 40) });
    expect(codes(long)).toContain('too_long');
    expect(codes(goodStory)).not.toContain('too_short');
    expect(codes(goodStory)).not.toContain('too_long');
  });

  it('at exactly 140 words is ready, at 139 it is too short', () => {
    const story = (n: number) => ({
      situation: 'word '.repeat(10),
      task: 'word '.repeat(10),
      action: 'I '.repeat(n - 24),
      result: 'cut 5% in Q3',
      themes: ['hiring'],
    });
    // 4 words in the result, 20 in situation and task.
    expect(lintStory(story(140)).wordCount).toBe(140);
    expect(codes(story(140))).not.toContain('too_short');
    expect(codes(story(139))).toContain('too_short');
  });

  it('requires a theme', () => {
    expect(lintStory(storyWith({ themes: [] })).lint.find((f) => f.code === 'no_theme')).toMatchObject({
      field: 'themes',
      severity: 'error',
    });
    expect(codes(goodStory)).not.toContain('no_theme');
  });

  const warnings: [LintCode, Partial<typeof goodStory>][] = [
    ['action_thin', { action: 'I split the shared test stage per service over 3 weeks and I published a dashboard.' }],
    ['we_over_i', { action: goodStory.action.replaceAll(/\bI\b/g, 'we') }],
    [
      'no_timeframe',
      {
        situation: goodStory.situation.replace('that quarter', 'recently').replace('monthly drops', 'big drops'),
        action: goodStory.action.replace('two week spike', 'short spike').replace('weekly dashboard', 'dashboard'),
        result:
          'Median lead time fell by 85%, deploys tripled and release-related incidents dropped 70%. The playbook became the standard for new services.',
      },
    ],
    [
      'result_restates_task',
      { result: 'Deploy lead time for the delivery pipeline was brought down without pausing feature work; 40 services.' },
    ],
  ];

  it.each(warnings)('warns with %s, and not on the good story', (code, overrides) => {
    const finding = lintStory(storyWith(overrides)).lint.find((f) => f.code === code);
    expect(finding?.severity).toBe('warning');
    expect(codes(goodStory)).not.toContain(code);
  });

  it('does not call an outcome result a restatement', () => {
    expect(
      codes(storyWith({ result: 'Deploy lead time for the delivery pipeline fell from 22 hours to 3 without pausing feature work.' })),
    ).not.toContain('result_restates_task');
  });
});
