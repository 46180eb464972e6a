import { describe, expect, it } from 'vitest';
import { GET as coverage } from '@/app/api/v1/coverage/route';
import { POST as loadDemo } from '@/app/api/v1/demo/route';
import { GET as listStories } from '@/app/api/v1/stories/route';
import { POST as createPractice } from '@/app/api/v1/practice/route';
import { GET as listMetrics } from '@/app/api/v1/metrics/route';
import { call, createTestUser, expectProblem } from '../helpers/api';

describe('POST /api/v1/demo', () => {
  it('fills an empty account with a partly complete workspace', async () => {
    const { cookie } = await createTestUser();
    expect((await call(loadDemo, { method: 'POST', cookie })).status).toBe(201);
    const stories = (await (await call(listStories, { cookie })).json()).items as { ready: boolean; title: string }[];
    expect(stories).toHaveLength(8);
    expect(stories.filter((s) => !s.ready).map((s) => s.title)).toEqual(['Getting product and security to one golden path']);
    expect((await (await call(listMetrics, { cookie })).json()).items).toHaveLength(10);
    const report = await (await call(coverage, { cookie })).json();
    expect(report.overall).toBeGreaterThan(0.4);
    expect(report.overall).toBeLessThan(1);
    const open = report.steps.flatMap((s: { checks: { key: string; met: boolean }[] }) => s.checks.filter((c) => !c.met).map((c) => c.key));
    expect(open).toEqual(
      expect.arrayContaining([
        'stories.theme.cross_team_alignment',
        'fundamentals.iam',
        'practice.post_incident',
        'metrics.linkedin',
        'network.conversations',
      ]),
    );
  });

  it('refuses an account that already has data, changing nothing', async () => {
    const { cookie } = await createTestUser();
    await call(createPractice, { method: 'POST', cookie, body: { area: 'on_call', date: '2026-01-01', summary: 'Mine' } });
    await expectProblem(await call(loadDemo, { method: 'POST', cookie }), 409);
    expect((await (await call(listStories, { cookie })).json()).items).toEqual([]);
  });
});
