import { describe, expect, it } from 'vitest';
import { DELETE as deletePrompt, PATCH as patchPrompt } from '@/app/api/v1/prompts/[id]/route';
import { GET as listPrompts, POST as createPrompt } from '@/app/api/v1/prompts/route';
import { POST as draw } from '@/app/api/v1/rehearsals/draw/route';
import { POST as mock } from '@/app/api/v1/rehearsals/mock/route';
import { GET as listRehearsals, POST as insertRehearsal } from '@/app/api/v1/rehearsals/route';
import { GET as stats } from '@/app/api/v1/rehearsals/stats/route';
import { POST as createStory } from '@/app/api/v1/stories/route';
import { builtInPrompts } from '@/lib/guide';
import { noStoryPrompts } from '@/lib/guide/prompts';
import { call, createTestUser, expectProblem } from '../helpers/api';
import { goodStory } from '../fixtures/stories';

const incidentStory = {
  ...goodStory,
  title: 'Kafka outage at checkout',
  situation: 'On Black Friday our Kafka cluster lost quorum and checkout failed for a third of customers during the outage.',
  themes: ['incident_leadership'],
  status: 'ready',
};
const story = async (cookie: string, body: unknown) => (await call(createStory, { method: 'POST', cookie, body })).json();
const drawOnce = async (cookie: string, body: unknown = {}) => {
  const res = await call(draw, { method: 'POST', cookie, body });
  expect(res.status).toBe(200);
  return res.json();
};
const items = async (handler: typeof listPrompts, cookie: string) => (await (await call(handler, { cookie })).json()).items;

describe('prompts', () => {
  it("lists the built-ins and my own prompts, never another user's", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const res = await call(createPrompt, {
      method: 'POST',
      cookie: me.cookie,
      body: { text: 'How would you run platform on-call for 30 teams?', themes: ['incident_leadership'] },
    });
    expect(res.status).toBe(201);
    const mine = await items(listPrompts, me.cookie);
    expect(mine.filter((p: { builtIn: boolean }) => p.builtIn)).toHaveLength(builtInPrompts.length + noStoryPrompts.length);
    expect(mine.filter((p: { builtIn: boolean }) => !p.builtIn).map((p: { text: string }) => p.text)).toEqual([
      'How would you run platform on-call for 30 teams?',
    ]);
    expect((await items(listPrompts, other.cookie)).every((p: { builtIn: boolean }) => p.builtIn)).toBe(true);
  });

  it("built-ins cannot be edited or deleted; others' prompts are 404", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const builtIn = builtInPrompts[0]!.id;
    await expectProblem(
      await call(patchPrompt, { method: 'PATCH', cookie: me.cookie, params: { id: builtIn }, body: { text: 'Changed question text' } }),
      404,
    );
    await expectProblem(await call(deletePrompt, { method: 'DELETE', cookie: me.cookie, params: { id: builtIn } }), 404);
    const { id } = await (await call(createPrompt, { method: 'POST', cookie: me.cookie, body: { text: 'My own question here' } })).json();
    await expectProblem(await call(deletePrompt, { method: 'DELETE', cookie: other.cookie, params: { id } }), 404);
    expect((await call(deletePrompt, { method: 'DELETE', cookie: me.cookie, params: { id } })).status).toBe(204);
  });

  it('rejects bad prompts', async () => {
    const { cookie } = await createTestUser();
    for (const body of [{ text: 'short' }, { text: 'A long enough question', themes: ['bravery'] }, { text: 42 }]) {
      await expectProblem(await call(createPrompt, { method: 'POST', cookie, body }), 400);
    }
  });
});

describe('POST /api/v1/rehearsals/draw', () => {
  it('draws any prompt, or one of the chosen theme, with my stories as suggestions', async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const mine = await story(me.cookie, incidentStory);
    await story(other.cookie, { ...incidentStory, title: 'Other user outage story' });

    const any = await drawOnce(me.cookie);
    expect(any.prompt).toMatchObject({ id: expect.any(String), text: expect.any(String) });

    for (let i = 0; i < 5; i++) {
      const themed = await drawOnce(me.cookie, { theme: 'incident_leadership' });
      expect(themed.prompt.themes).toContain('incident_leadership');
      const ids = themed.suggestions.map((m: { story: { id: string } }) => m.story.id);
      expect(ids).toContain(mine.id);
      expect(themed.suggestions.every((m: { story: { title: string } }) => m.story.title !== 'Other user outage story')).toBe(true);
    }
  });

  it('does not repeat any of the last five prompts', async () => {
    const { cookie } = await createTestUser();
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { prompt } = await drawOnce(cookie, { theme: 'hiring' });
      expect(seen.slice(-5)).not.toContain(prompt.id);
      seen.push(prompt.id);
    }
  });

  it('rejects an unknown theme', async () => {
    const { cookie } = await createTestUser();
    await expectProblem(await call(draw, { method: 'POST', cookie, body: { theme: 'bravery' } }), 400);
  });

  it('a mock interview has five prompts across five themes', async () => {
    const { cookie } = await createTestUser();
    const { items: five } = await (await call(mock, { method: 'POST', cookie })).json();
    expect(five).toHaveLength(5);
    const themes = new Set(five.flatMap((x: { prompt: { themes: string[] } }) => x.prompt.themes));
    expect(themes.size).toBeGreaterThanOrEqual(5);
  });
});

describe('rehearsal log and stats', () => {
  const promptId = builtInPrompts.find((p) => p.themes.includes('incident_leadership'))!.id;

  it('logs, schedules the prompt and counts exactly what was logged', async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const res = await call(insertRehearsal, {
      method: 'POST',
      cookie: me.cookie,
      body: { promptId, durationSeconds: 95, rating: 'again', notes: 'Rambled' },
    });
    expect(res.status).toBe(201);
    const logged = await res.json();
    expect(Date.parse(logged.nextDue) - Date.now()).toBeLessThan(60 * 60 * 1000); // "again" comes back within the hour
    await call(insertRehearsal, { method: 'POST', cookie: me.cookie, body: { promptId, durationSeconds: 125, rating: 'good' } });

    const history = await items(listRehearsals, me.cookie);
    expect(history.map((r: { rating: string }) => r.rating)).toEqual(['good', 'again']);
    expect(await items(listRehearsals, other.cookie)).toEqual([]);

    const s = await (await call(stats, { cookie: me.cookie })).json();
    expect(s).toMatchObject({ total: 2, averageDurationSeconds: 110, streakDays: 1 });
    expect(s.perWeek.at(-1).count).toBe(2);
    expect(s.byTheme.find((t: { theme: string }) => t.theme === 'incident_leadership')).toMatchObject({ count: 2, again: 1, good: 1 });
    expect((await (await call(stats, { cookie: other.cookie })).json()).total).toBe(0);
  });

  it("bad rating, negative duration, unknown prompt or someone else's story is 400 and changes nothing", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const theirs = await story(other.cookie, incidentStory);
    for (const body of [
      { promptId, durationSeconds: 60, rating: 'meh' },
      { promptId, durationSeconds: -5, rating: 'good' },
      { promptId, durationSeconds: '60', rating: 'good' },
      { promptId: 'builtin.nope.1', durationSeconds: 60, rating: 'good' },
      { promptId, durationSeconds: 60, rating: 'good', storyId: theirs.id },
    ]) {
      await expectProblem(await call(insertRehearsal, { method: 'POST', cookie: me.cookie, body }), 400);
    }
    await expectProblem(await call(insertRehearsal, { method: 'POST', cookie: me.cookie, rawBody: '{"promptId":' }), 400);
    expect(await items(listRehearsals, me.cookie)).toEqual([]);
    expect((await (await call(stats, { cookie: me.cookie })).json()).dueNow).toBe(0);
  });
});
