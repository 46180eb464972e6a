import { describe, expect, it } from 'vitest';
import * as caseStudy from '@/app/api/v1/case-studies/[id]/route';
import * as caseStudies from '@/app/api/v1/case-studies/route';
import * as contact from '@/app/api/v1/contacts/[id]/route';
import * as contacts from '@/app/api/v1/contacts/route';
import * as metric from '@/app/api/v1/metrics/[id]/route';
import * as metrics from '@/app/api/v1/metrics/route';
import * as practiceOne from '@/app/api/v1/practice/[id]/route';
import * as practice from '@/app/api/v1/practice/route';
import { call, createTestUser, expectProblem } from '../helpers/api';

type Handlers = { GET: typeof practice.GET; POST: typeof practice.POST };
type ItemHandlers = { GET: typeof practiceOne.GET; PATCH: typeof practiceOne.PATCH; DELETE: typeof practiceOne.DELETE };

const resources: {
  name: string;
  collection: Handlers;
  item: ItemHandlers;
  valid: Record<string, unknown>;
  patch: Record<string, unknown>;
  bad: [string, unknown][];
}[] = [
  {
    name: 'practice',
    collection: practice,
    item: practiceOne,
    valid: {
      area: 'incident_command',
      date: '2026-10-02',
      summary: 'Ran a game day as incident commander.',
      reflection: 'Hand off comms earlier.',
    },
    patch: { reflection: 'Delegate comms in the first 5 minutes.' },
    bad: [
      ['unknown area', { area: 'firefighting', date: '2026-10-02', summary: 'x' }],
      ['non-ISO date', { area: 'on_call', date: '02/10/2026', summary: 'x' }],
      ['impossible date', { area: 'on_call', date: '2026-02-30', summary: 'x' }],
      ['empty summary', { area: 'on_call', date: '2026-10-02', summary: '  ' }],
      ['number as summary', { area: 'on_call', date: '2026-10-02', summary: 42 }],
    ],
  },
  {
    name: 'contacts',
    collection: contacts,
    item: contact,
    valid: {
      name: 'Dana Ortiz',
      role: 'VP Platform',
      company: 'Ledgerly',
      industry: 'Fintech',
      metOn: '2026-11-01',
      painPoints: ['cost', 'security'],
      notes: 'Wants FinOps.',
      followUpOn: '2026-12-01',
    },
    patch: { followUpOn: null, painPoints: ['reliability'] },
    bad: [
      ['unknown pain point', { name: 'A', metOn: '2026-11-01', painPoints: ['vibes'] }],
      ['non-ISO date', { name: 'A', metOn: 'yesterday' }],
      ['missing name', { metOn: '2026-11-01' }],
      ['follow-up as number', { name: 'A', metOn: '2026-11-01', followUpOn: 20261201 }],
    ],
  },
  {
    name: 'metrics',
    collection: metrics,
    item: metric,
    valid: { label: 'Build time', direction: 'decrease', baseline: 22, result: 8, unit: 'min', timeframe: 'two quarters', onResume: true },
    patch: { onLinkedin: true, result: 7 },
    bad: [
      ['string where a number belongs', { label: 'Build time', direction: 'decrease', baseline: '22', result: 8 }],
      ['unknown direction', { label: 'Build time', direction: 'sideways', result: 8 }],
      ['missing result', { label: 'Build time', direction: 'decrease' }],
      ['boolean result', { label: 'x', direction: 'decrease', result: true }],
    ],
  },
  {
    name: 'case-studies',
    collection: caseStudies,
    item: caseStudy,
    valid: {
      title: 'Golden path for services',
      context: 'c',
      role: 'r',
      approach: 'a',
      tradeoffs: 't',
      outcome: 'o',
      dimension: 'deployment_speed',
      painPoints: ['developer_experience'],
    },
    patch: { outcome: 'Lead time fell 80%.' },
    bad: [
      ['unknown dimension', { title: 'x', dimension: 'vibes' }],
      ['missing dimension', { title: 'x' }],
      ['wrong types', { title: 'x', dimension: 'cost', painPoints: 'cost' }],
    ],
  },
];

describe.each(resources)('/api/v1/$name', ({ collection, item, valid, patch, bad }) => {
  const list = async (cookie: string) => (await (await call(collection.GET, { cookie })).json()).items as { id: string }[];
  const create = async (cookie: string, body: unknown = valid) => call(collection.POST, { method: 'POST', cookie, body });

  it('creates, lists, reads, updates and deletes', async () => {
    const { cookie } = await createTestUser();
    const res = await create(cookie);
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject(valid);
    expect((await list(cookie)).map((r) => r.id)).toEqual([created.id]);
    expect(await (await call(item.GET, { cookie, params: { id: created.id } })).json()).toMatchObject(valid);
    const updated = await (await call(item.PATCH, { method: 'PATCH', cookie, params: { id: created.id }, body: patch })).json();
    expect(updated).toMatchObject({ ...valid, ...patch });
    expect((await call(item.DELETE, { method: 'DELETE', cookie, params: { id: created.id } })).status).toBe(204);
    await expectProblem(await call(item.GET, { cookie, params: { id: created.id } }), 404);
    expect(await list(cookie)).toEqual([]);
  });

  it('gives a second user 404s and an empty list', async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const { id } = await (await create(owner.cookie)).json();
    expect(await list(other.cookie)).toEqual([]);
    await expectProblem(await call(item.GET, { cookie: other.cookie, params: { id } }), 404);
    await expectProblem(await call(item.PATCH, { method: 'PATCH', cookie: other.cookie, params: { id }, body: patch }), 404);
    await expectProblem(await call(item.DELETE, { method: 'DELETE', cookie: other.cookie, params: { id } }), 404);
    expect(await (await call(item.GET, { cookie: owner.cookie, params: { id } })).json()).toMatchObject(valid);
  });

  it.each(bad)('rejects %s with 400 and stores nothing', async (_label, body) => {
    const { cookie } = await createTestUser();
    await expectProblem(await create(cookie, body), 400);
    expect(await list(cookie)).toEqual([]);
  });

  it('rejects malformed JSON, unknown fields and cross-origin writes, changing nothing', async () => {
    const { cookie } = await createTestUser();
    const { id } = await (await create(cookie)).json();
    await expectProblem(await call(collection.POST, { method: 'POST', cookie, rawBody: '{"oops"' }), 400);
    await expectProblem(await create(cookie, { ...valid, userId: 'x' }), 400);
    await expectProblem(
      await call(collection.POST, { method: 'POST', cookie, body: valid, headers: { origin: 'https://evil.example' } }),
      403,
    );
    await expectProblem(await call(item.PATCH, { method: 'PATCH', cookie, params: { id }, body: {} }), 400);
    await expectProblem(
      await call(item.DELETE, { method: 'DELETE', cookie, params: { id }, headers: { origin: 'https://evil.example' } }),
      403,
    );
    expect((await list(cookie)).map((r) => r.id)).toEqual([id]);
    expect(await (await call(item.GET, { cookie, params: { id } })).json()).toMatchObject(valid);
  });

  it('is 401 without a session', async () => {
    await expectProblem(await call(collection.GET), 401);
  });
});

describe('metric links and derived fields', () => {
  it('answers changePct and the bullet, and null changePct without a baseline', async () => {
    const { cookie } = await createTestUser();
    const m = await (await call(metrics.POST, { method: 'POST', cookie, body: resources[2]!.valid })).json();
    expect(m).toMatchObject({ changePct: -63.6, bullet: 'Cut build time 64% (22 min to 8 min) over two quarters' });
    const zero = await (
      await call(metrics.POST, { method: 'POST', cookie, body: { label: 'Incidents', direction: 'decrease', baseline: 0, result: 2 } })
    ).json();
    expect(zero.changePct).toBeNull();
    expect(zero.bullet).toBe('Brought incidents down to 2');
  });

  it('rejects a baseline that overflows to Infinity in the raw JSON', async () => {
    const { cookie } = await createTestUser();
    const rawBody = '{"label":"x","direction":"decrease","result":8,"baseline":1e400}';
    expect((await expectProblem(await call(metrics.POST, { method: 'POST', cookie, rawBody }), 400)).errors).toHaveProperty('baseline');
  });

  it("refuses a link to another user's case study or story, and accepts my own", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const theirs = await (await call(caseStudies.POST, { method: 'POST', cookie: other.cookie, body: resources[3]!.valid })).json();
    const body = { label: 'Lead time', direction: 'decrease', baseline: 10, result: 2, caseStudyId: theirs.id };
    const problem = await expectProblem(await call(metrics.POST, { method: 'POST', cookie: owner.cookie, body }), 400);
    expect(problem.errors).toHaveProperty('caseStudyId');
    await expectProblem(
      await call(metrics.POST, {
        method: 'POST',
        cookie: owner.cookie,
        body: { ...body, caseStudyId: null, storyId: 'AAAAAAAAAAAAAAAAAAAAAA' },
      }),
      400,
    );
    expect((await (await call(metrics.GET, { cookie: owner.cookie })).json()).items).toEqual([]);

    const mine = await (await call(caseStudies.POST, { method: 'POST', cookie: owner.cookie, body: resources[3]!.valid })).json();
    expect(mine).toMatchObject({ complete: false, missing: ['a linked metric with a before value'] });
    const linked = await call(metrics.POST, { method: 'POST', cookie: owner.cookie, body: { ...body, caseStudyId: mine.id } });
    expect(linked.status).toBe(201);
    const after = await (await call(caseStudy.GET, { cookie: owner.cookie, params: { id: mine.id } })).json();
    expect(after).toMatchObject({ complete: true, missing: [] });
    expect(after.metrics.map((m: { label: string }) => m.label)).toEqual(['Lead time']);
    // The other user's case study never shows my metric.
    expect((await (await call(caseStudy.GET, { cookie: other.cookie, params: { id: theirs.id } })).json()).metrics).toEqual([]);
  });

  it('a case study names each missing section', async () => {
    const { cookie } = await createTestUser();
    const cs = await (
      await call(caseStudies.POST, { method: 'POST', cookie, body: { title: 'Draft', dimension: 'cost', context: 'Spend grew.' } })
    ).json();
    expect(cs.missing).toEqual(['Your role', 'Approach', 'Trade-offs', 'Outcome', 'a linked metric with a before value']);
  });
});
