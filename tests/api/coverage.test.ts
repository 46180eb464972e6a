import { describe, expect, it } from 'vitest';
import { GET as coverage } from '@/app/api/v1/coverage/route';
import { POST as caseStudies } from '@/app/api/v1/case-studies/route';
import { POST as contacts } from '@/app/api/v1/contacts/route';
import { PUT as fundamentals } from '@/app/api/v1/fundamentals/route';
import { PATCH as patchMe } from '@/app/api/v1/me/route';
import { POST as metrics } from '@/app/api/v1/metrics/route';
import { POST as practice } from '@/app/api/v1/practice/route';
import { DELETE as deleteStory, PATCH as patchStory } from '@/app/api/v1/stories/[id]/route';
import { POST as stories } from '@/app/api/v1/stories/route';
import { call, createTestUser, expectProblem } from '../helpers/api';
import { goodStory } from '../fixtures/stories';

type Report = {
  overall: number;
  empty: boolean;
  steps: { step: number; done: boolean; progress: number; checks: { key: string; met: boolean; nextAction: string; href: string }[] }[];
  matrix: { rows: { id: string; strength: number }[] };
};

const post = async (handler: typeof stories, cookie: string, body: unknown) => {
  const res = await call(handler, { method: 'POST', cookie, body });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
};
const report = async (cookie: string): Promise<Report> => (await call(coverage, { cookie })).json();
const unmet = (r: Report, step: number) => r.steps.find((s) => s.step === step)!.checks.filter((c) => !c.met);

/** Exactly the evidence in the design's coverage table. */
async function seedDesignTable(cookie: string) {
  const ready = (themes: string[], painPoints: string[] = []) =>
    post(stories, cookie, { ...goodStory, themes, painPoints, status: 'ready' });
  const s1 = await ready(['hiring', 'conflict_resolution']);
  const s2 = await ready(['incident_leadership', 'prioritization']);
  const s3 = await ready(['cross_team_alignment'], ['cost']);
  await call(fundamentals, {
    method: 'PUT',
    cookie,
    body: {
      cloudProvider: 'gcp',
      areas: Object.fromEntries(
        ['networking', 'iam', 'compute', 'storage', 'managed_services'].map((a) => [a, { depth: a === 'storage' ? 0 : 3, evidence: '' }]),
      ),
      iacTool: 'Terraform',
      iacDepth: 3,
    },
  });
  const cs = await post(caseStudies, cookie, {
    title: 'Cost',
    context: 'c',
    role: 'r',
    approach: 'a',
    tradeoffs: 't',
    outcome: 'o',
    dimension: 'cost',
  });
  await post(metrics, cookie, {
    label: 'Cloud spend',
    direction: 'decrease',
    baseline: 100,
    result: 70,
    unit: '$',
    onResume: true,
    onLinkedin: true,
    caseStudyId: cs.id,
  });
  await post(metrics, cookie, { label: 'Build time', direction: 'decrease', baseline: 22, result: 8, onResume: true });
  await post(metrics, cookie, { label: 'Teams onboarded', direction: 'increase', result: 40, onResume: true });
  for (const area of ['on_call', 'incident_command', 'post_incident'])
    await post(practice, cookie, { area, date: '2026-10-01', summary: 'Practised' });
  await call(patchMe, { method: 'PATCH', cookie, body: { targetIndustry: 'Fintech' } });
  await post(contacts, cookie, { name: 'A', industry: 'Fintech', metOn: '2026-10-01', painPoints: ['cost'] });
  await post(contacts, cookie, { name: 'B', industry: 'fintech', metOn: '2026-10-02', painPoints: ['security'] });
  await post(contacts, cookie, { name: 'C', industry: 'Fintech', metOn: '2026-10-03' });
  return { s1, s2, s3 };
}

describe('GET /api/v1/coverage', () => {
  it('is 401 without a session', async () => {
    await expectProblem(await call(coverage), 401);
  });

  it('an empty account has nothing done and a next action on every step', async () => {
    const { cookie } = await createTestUser();
    const r = await report(cookie);
    expect(r).toMatchObject({ overall: 0, empty: true });
    for (const s of r.steps) {
      expect(s.done).toBe(false);
      expect(s.checks.every((c) => !c.met && c.nextAction && c.href.startsWith('/'))).toBe(true);
    }
  });

  it('the design table of evidence completes all six steps; removing one theme or link reopens its step', async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const { s1, s3 } = await seedDesignTable(me.cookie);
    const full = await report(me.cookie);
    expect(full.steps.map((s) => s.done)).toEqual([true, true, true, true, true, true]);
    expect(full.overall).toBe(1);
    expect(full.empty).toBe(false);
    expect(full.matrix.rows.find((r) => r.id === 'hiring')?.strength).toBe(1);

    // The only hiring (and conflict) story goes: step 1 reopens with those themes' next actions.
    await call(deleteStory, { method: 'DELETE', cookie: me.cookie, params: { id: s1.id } });
    const afterDelete = await report(me.cookie);
    expect(unmet(afterDelete, 1).map((c) => c.key)).toEqual(['stories.count', 'stories.theme.hiring', 'stories.theme.conflict_resolution']);
    expect(unmet(afterDelete, 1)[1]).toMatchObject({ href: '/stories/new?theme=hiring' });
    expect(afterDelete.overall).toBeLessThan(1);

    // The only pain-point link goes: step 6 reopens.
    await call(patchStory, { method: 'PATCH', cookie: me.cookie, params: { id: s3.id }, body: { painPoints: [] } });
    expect(unmet(await report(me.cookie), 6).map((c) => c.key)).toEqual(['network.tailored']);

    // The other user is untouched by all of this.
    expect((await report(other.cookie)).overall).toBe(0);
  });

  it('a story marked ready but failing lint does not count', async () => {
    const { cookie } = await createTestUser();
    for (const theme of ['hiring', 'prioritization', 'cross_team_alignment']) {
      await post(stories, cookie, { ...goodStory, themes: [theme], result: 'It went well.', status: 'ready' });
    }
    expect(unmet(await report(cookie), 1).map((c) => c.key)).toContain('stories.count');
  });
});

describe('coverage freshness', () => {
  it('reflects a write made by another connection (e.g. npm run demo while the server runs)', async () => {
    const { cookie, id } = await createTestUser();
    expect(unmet(await report(cookie), 4)).toHaveLength(3);
    const Database = (await import('better-sqlite3')).default;
    const other = new Database(process.env.DATABASE_PATH!);
    const now = new Date().toISOString();
    other
      .prepare(
        'insert into practice_entries (id, user_id, area, date, summary, reflection, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run('otherconn1', id, 'on_call', '2026-11-01', 'x', '', now, now);
    other.close();
    expect(unmet(await report(cookie), 4).map((c) => c.key)).toEqual(['practice.incident_command', 'practice.post_incident']);
  });
});

describe('the serialized coverage cache', () => {
  it('answers what a fresh computation gives, with a fresh time stamp, and follows writes', async () => {
    const { computeCoverageForUser } = await import('@/lib/server/coverage');
    const { POST: loadDemo } = await import('@/app/api/v1/demo/route');
    const me = await createTestUser();
    await call(loadDemo, { method: 'POST', cookie: me.cookie });
    const body = async () => (await call(coverage, { cookie: me.cookie })).json();
    const first = await body();
    const second = await body();
    const { generatedAt: _a, ...fresh } = computeCoverageForUser(me.id, new Date());
    const { generatedAt: stamp1, ...cached1 } = first;
    const { generatedAt: stamp2, ...cached2 } = second;
    expect(cached1).toEqual(JSON.parse(JSON.stringify(fresh)));
    expect(cached2).toEqual(cached1);
    expect(Date.parse(stamp2)).toBeGreaterThanOrEqual(Date.parse(stamp1));
    const { GET: listStories } = await import('@/app/api/v1/stories/route');
    const ids = (await (await call(listStories, { cookie: me.cookie })).json()).items.map((s: { id: string }) => s.id);
    for (const id of ids) await call(deleteStory, { method: 'DELETE', cookie: me.cookie, params: { id } });
    expect((await body()).overall).toBeLessThan(first.overall);
  });
});
