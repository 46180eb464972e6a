import { describe, expect, it } from 'vitest';
import { DELETE, GET as GET_ONE, PATCH } from '@/app/api/v1/stories/[id]/route';
import { GET, POST } from '@/app/api/v1/stories/route';
import { getDb } from '@/db/client';
import { stories } from '@/db/schema';
import type { LintCode } from '@/lib/domain/star-lint';
import { call, createTestUser, expectProblem } from '../helpers/api';
import { goodStory, storyWith } from '../fixtures/stories';

type Story = {
  id: string;
  ready: boolean;
  status: string;
  lint: { code: LintCode; field: string; severity: string }[];
  [k: string]: unknown;
};

async function create(cookie: string, body: unknown): Promise<Story> {
  const res = await call(POST, { method: 'POST', path: '/api/v1/stories', cookie, body });
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
  return res.json();
}
const list = async (cookie: string, query = '') =>
  (await (await call(GET, { path: `/api/v1/stories${query}`, cookie })).json()).items as Story[];
const one = (cookie: string, id: string, method = 'GET', body?: unknown) =>
  call(method === 'GET' ? GET_ONE : method === 'PATCH' ? PATCH : DELETE, { method, cookie, params: { id }, body });
const storyCount = () => getDb().select().from(stories).all().length;

describe('stories CRUD', () => {
  it('creates, lists, reads, updates and deletes a story with derived stats', async () => {
    const { cookie } = await createTestUser();
    const created = await create(cookie, { ...goodStory, status: 'ready' });
    expect(created).toMatchObject({ title: goodStory.title, themes: goodStory.themes, status: 'ready', ready: true, lint: [] });
    expect(created.wordCount).toBeGreaterThan(140);
    expect(created.speakingSeconds).toBe(Math.round(((created.wordCount as number) / 140) * 60));

    expect((await list(cookie)).map((s) => s.id)).toEqual([created.id]);
    expect(await (await one(cookie, created.id)).json()).toMatchObject({ id: created.id, title: goodStory.title });

    const patched = await (await one(cookie, created.id, 'PATCH', { title: 'Renamed', result: 'It went fine.' })).json();
    expect(patched).toMatchObject({ title: 'Renamed', situation: goodStory.situation, ready: false });
    expect(patched.lint.map((f: { code: string }) => f.code)).toContain('result_without_number');

    expect((await one(cookie, created.id, 'DELETE')).status).toBe(204);
    await expectProblem(await one(cookie, created.id), 404);
    expect(await list(cookie)).toEqual([]);
  });

  it('stores markup as typed', async () => {
    const { cookie } = await createTestUser();
    const title = '<script>alert("x")</script> & <b>bold</b>';
    const created = await create(cookie, { title });
    expect((await (await one(cookie, created.id)).json()).title).toBe(title);
  });

  it('filters by theme and by readiness', async () => {
    const { cookie } = await createTestUser();
    const ready = await create(cookie, { ...goodStory, themes: ['hiring'], status: 'ready' });
    const draft = await create(cookie, { ...goodStory, themes: ['conflict_resolution'] });
    const blocked = await create(cookie, { ...goodStory, themes: ['hiring'], result: 'Better.', status: 'ready' });
    expect((await list(cookie, '?theme=hiring')).map((s) => s.id).sort()).toEqual([ready.id, blocked.id].sort());
    expect((await list(cookie, '?status=ready')).map((s) => s.id)).toEqual([ready.id]);
    expect((await list(cookie, '?status=draft')).map((s) => s.id).sort()).toEqual([draft.id, blocked.id].sort());
    await expectProblem(await call(GET, { path: '/api/v1/stories?theme=bravery', cookie }), 400);
  });
});

describe('list pages', () => {
  it('pages newest first without the STAR text, with a total and the next offset', async () => {
    const { cookie } = await createTestUser();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await create(cookie, { title: `Story ${i}`, situation: 'Long text' })).id);
    const page = async (qs: string) => (await call(GET, { path: `/api/v1/stories${qs}`, cookie })).json();
    const first = await page('?limit=2');
    expect(first.items.map((s: Story) => s.title)).toEqual(['Story 4', 'Story 3']);
    expect(first).toMatchObject({ total: 5, nextOffset: 2 });
    expect(first.items[0]).not.toHaveProperty('situation');
    expect(first.items[0]).toHaveProperty('lint');
    const last = await page('?limit=2&offset=4');
    expect(last.items.map((s: Story) => s.title)).toEqual(['Story 0']);
    expect(last.nextOffset).toBeNull();
    await expectProblem(await call(GET, { path: '/api/v1/stories?limit=500', cookie }), 400);
    await expectProblem(await call(GET, { path: '/api/v1/stories?offset=-1', cookie }), 400);
  });
});

describe('ready rules', () => {
  it('is ready only when marked ready and free of lint errors', async () => {
    const { cookie } = await createTestUser();
    expect((await create(cookie, goodStory)).ready).toBe(false);
    expect((await create(cookie, { ...goodStory, status: 'ready' })).ready).toBe(true);
    const vague = await create(cookie, {
      ...goodStory,
      result: 'Teams were much happier with releases after the change landed.',
      status: 'ready',
    });
    expect(vague).toMatchObject({ status: 'ready', ready: false });
    const qualitative = await (await one(cookie, vague.id, 'PATCH', { resultQualitative: true })).json();
    expect(qualitative.ready).toBe(true);
    // Warnings alone never block readiness.
    const warned = await create(cookie, { ...goodStory, action: goodStory.action.replaceAll(/\bI\b/g, 'we'), status: 'ready' });
    expect(warned.lint.map((f) => f.code)).toEqual(['we_over_i']);
    expect(warned.ready).toBe(true);
  });

  const cases: [LintCode, 'error' | 'warning', Record<string, unknown>][] = [
    ['part_missing', 'error', { task: '' }],
    ['result_without_number', 'error', { result: 'The teams were happier and releases felt calmer afterwards for all.' }],
    ['too_short', 'error', { situation: 'Slow deploys.', task: 'Fix them.', action: 'I split tests in Q3.', result: 'Cut 80%.' }],
    [
      'too_long',
      'error',
      { action: Array(40).fill('I met each team lead and I reviewed their pipeline in detail over the quarter.').join(' ') },
    ],
    ['no_theme', 'error', { themes: [] }],
    ['action_thin', 'warning', { action: 'I split the shared test stage per service over 3 weeks and I published a dashboard.' }],
    ['we_over_i', 'warning', { action: goodStory.action.replaceAll(/\bI\b/g, 'we') }],
    [
      'no_timeframe',
      'warning',
      {
        situation:
          'Our payments platform ran forty services on a shared Jenkins cluster and deploys queued for hours before anyone could ship.',
        action: goodStory.action.replace('two week spike', 'short spike').replace('weekly dashboard', 'dashboard'),
        result: 'Median lead time fell by 85%, deploys tripled and release-related incidents dropped 70%.',
      },
    ],
    [
      'result_restates_task',
      'warning',
      { result: 'Deploy lead time for the delivery pipeline was brought down without pausing feature work; 40 services.' },
    ],
  ];

  it.each(cases)('reports %s (%s) when it applies and not otherwise', async (code, severity, overrides) => {
    const { cookie } = await createTestUser();
    const flagged = await create(cookie, storyWith(overrides));
    expect(flagged.lint.find((f) => f.code === code)?.severity).toBe(severity);
    const clean = await create(cookie, goodStory);
    expect(clean.lint.map((f) => f.code)).not.toContain(code);
  });
});

describe('full-text search', () => {
  it('ranks the story that mentions the query words first (bm25)', async () => {
    const { cookie } = await createTestUser();
    const kafka = await create(cookie, {
      title: 'Kafka outage during Black Friday',
      situation: 'Our Kafka cluster lost quorum at peak; the incident hit checkout.',
      action: 'I took incident command, split comms from the fix, and ran the Kafka failover.',
    });
    await create(cookie, { title: 'Hiring a staff engineer', situation: 'We needed senior Kafka experience once.' });
    await create(cookie, { title: 'Budget review', situation: 'Cloud cost climbed 30% in a quarter.' });
    const found = await list(cookie, '?q=' + encodeURIComponent('kafka incident'));
    expect(found[0]!.id).toBe(kafka.id);
    expect(found).toHaveLength(2);
    // Stemming and prefixes: "incidents" finds "incident", "fail" finds "failover".
    expect((await list(cookie, '?q=incidents'))[0]!.id).toBe(kafka.id);
    expect((await list(cookie, '?q=fail'))[0]!.id).toBe(kafka.id);
  });

  it('keeps the index in sync on update and delete, and treats FTS syntax as text', async () => {
    const { cookie } = await createTestUser();
    const s = await create(cookie, { title: 'Terraform migration', situation: 'Moved 200 stacks.' });
    await one(cookie, s.id, 'PATCH', { title: 'Pulumi rollout' });
    expect(await list(cookie, '?q=terraform')).toEqual([]);
    expect((await list(cookie, '?q=pulumi')).map((x) => x.id)).toEqual([s.id]);
    // FTS5 operators in user input are searched as words, never parsed: no 500, and only real matches.
    // A query with no words at all ('"', '(*)') does not filter.
    for (const q of ['"', 'AND OR NOT', 'title:x*', '(*)', 'NEAR(a b)', 'pulumi OR NOT']) {
      const res = await call(GET, { path: '/api/v1/stories?q=' + encodeURIComponent(q), cookie });
      expect(res.status).toBe(200);
      const { items } = await res.json();
      expect(
        items.map((x: Story) => x.id),
        q,
      ).toEqual(q.includes('pulumi') || !/\w/.test(q) ? [s.id] : []);
    }
    await one(cookie, s.id, 'DELETE');
    expect(await list(cookie, '?q=pulumi')).toEqual([]);
  });
});

describe('isolation', () => {
  it('gives a second user 404 on read, update and delete, and an empty list and search', async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const s = await create(owner.cookie, { ...goodStory, title: 'Secret reorg story' });
    await expectProblem(await one(other.cookie, s.id), 404);
    await expectProblem(await one(other.cookie, s.id, 'PATCH', { title: 'Hijacked' }), 404);
    await expectProblem(await one(other.cookie, s.id, 'DELETE'), 404);
    expect(await list(other.cookie)).toEqual([]);
    expect(await list(other.cookie, '?q=secret')).toEqual([]);
    expect(await (await one(owner.cookie, s.id)).json()).toMatchObject({ title: 'Secret reorg story' });
  });

  it('is 401 without a session', async () => {
    await expectProblem(await call(GET), 401);
    await expectProblem(await call(POST, { method: 'POST', body: goodStory }), 401);
  });
});

describe('bad input', () => {
  it.each([
    ['missing title', { situation: 'x' }, 400],
    ['blank title', { title: '   ' }, 400],
    ['title over 200', { title: 'x'.repeat(201) }, 400],
    ['part over 5,000', { title: 't', action: 'x'.repeat(5001) }, 400],
    ['unknown theme', { title: 't', themes: ['bravery'] }, 400],
    ['unknown competency', { title: 't', competencies: ['juggling'] }, 400],
    ['too many themes', { title: 't', themes: Array(11).fill('hiring') }, 400],
    ['wrong types', { title: 42, themes: 'hiring', resultQualitative: 'yes' }, 400],
    ['unknown field', { title: 't', userId: 'someone-else' }, 400],
    ['array body', [goodStory], 400],
  ])('rejects %s and stores nothing', async (_label, body, status) => {
    const { cookie } = await createTestUser();
    const before = storyCount();
    await expectProblem(await call(POST, { method: 'POST', cookie, body }), status);
    expect(storyCount()).toBe(before);
  });

  it('rejects malformed JSON, a 2 MB body and a cross-origin POST, storing nothing', async () => {
    const { cookie } = await createTestUser();
    const before = storyCount();
    await expectProblem(await call(POST, { method: 'POST', cookie, rawBody: '{"title": "x",' }), 400);
    await expectProblem(
      await call(POST, { method: 'POST', cookie, rawBody: JSON.stringify({ title: 'x', action: 'y'.repeat(2 * 1024 * 1024) }) }),
      413,
    );
    await expectProblem(await call(POST, { method: 'POST', cookie, body: goodStory, headers: { origin: 'https://evil.example' } }), 403);
    expect(storyCount()).toBe(before);
  });

  it('rejects a bad PATCH and keeps the story as it was', async () => {
    const { cookie } = await createTestUser();
    const s = await create(cookie, goodStory);
    for (const body of [{}, { themes: ['nope'] }, { status: 'published' }, { title: '' }]) {
      await expectProblem(await one(cookie, s.id, 'PATCH', body), 400);
    }
    expect(await (await one(cookie, s.id)).json()).toMatchObject({ title: goodStory.title, themes: goodStory.themes, status: 'draft' });
  });

  it('answers 404 for a malformed or unknown id', async () => {
    const { cookie } = await createTestUser();
    await expectProblem(await one(cookie, 'x'), 404);
    await expectProblem(await one(cookie, 'AAAAAAAAAAAAAAAAAAAAAA'), 404);
  });
});

describe('stored stats', () => {
  it('recomputes stats saved under older lint rules on the next read', async () => {
    const { cookie } = await createTestUser();
    const created = await create(cookie, { ...goodStory, status: 'ready' });
    const { eq } = await import('drizzle-orm');
    getDb().update(stories).set({ lintVersion: 0, ready: false, wordCount: 1, lint: [] }).where(eq(stories.id, created.id)).run();
    const { forgetRefreshedStats } = await import('@/db/queries/stories');
    forgetRefreshedStats();
    const [fresh] = await list(cookie);
    expect(fresh).toMatchObject({ id: created.id, ready: true, wordCount: created.wordCount });
    expect(
      getDb()
        .select()
        .from(stories)
        .all()
        .find((s) => s.id === created.id)?.lintVersion,
    ).toBeGreaterThan(0);
  });
});

describe('the cached first page', () => {
  it('never goes stale: every write shows on the next read, for the writer only', async () => {
    const ada = await createTestUser();
    const grace = await createTestUser();
    const pageOf = async (cookie: string) => (await call(GET, { path: '/api/v1/stories', cookie })).json();
    const titles = async (cookie: string) => (await pageOf(cookie)).items.map((s: { title: string }) => s.title);
    const created = await (await call(POST, { method: 'POST', cookie: ada.cookie, body: storyWith({ title: 'First title' }) })).json();
    expect(await titles(ada.cookie)).toEqual(['First title']);
    expect(await titles(ada.cookie)).toEqual(['First title']);

    await one(ada.cookie, created.id, 'PATCH', { title: 'Renamed' });
    expect(await titles(ada.cookie)).toEqual(['Renamed']);
    await call(POST, { method: 'POST', cookie: ada.cookie, body: storyWith({ title: 'Second' }) });
    const page = await pageOf(ada.cookie);
    expect(page.total).toBe(2);
    expect(page.items.map((s: { title: string }) => s.title)).toEqual(['Second', 'Renamed']);
    await one(ada.cookie, created.id, 'DELETE');
    expect((await pageOf(ada.cookie)).total).toBe(1);
    expect((await pageOf(grace.cookie)).items).toEqual([]);
    // A write by another process moves SQLite's data_version, which the cache also watches.
    const { default: Database } = await import('better-sqlite3');
    const other = new Database(process.env.DATABASE_PATH!);
    other.prepare('UPDATE stories SET title = ? WHERE user_id = ?').run('Changed elsewhere', ada.id);
    other.close();
    expect(await titles(ada.cookie)).toEqual(['Changed elsewhere']);
  });
});
