import { describe, expect, it } from 'vitest';
import { GET as understand } from '@/app/api/v1/questions/understand/route';
import { GET as match } from '@/app/api/v1/stories/match/route';
import { POST as createStory } from '@/app/api/v1/stories/route';
import holdout from '../fixtures/question-holdout.json';
import { fiveReadyStories } from '../fixtures/five-stories';
import { goodStory } from '../fixtures/stories';
import { call, createTestUser, expectProblem } from '../helpers/api';

type Match = {
  question: {
    kind: string;
    kindConfidence: number;
    themes: { id: string; label: string; confidence: number }[];
    competencies: { id: string; label: string; confidence: number }[];
    category: { id: string; label: string } | null;
  };
  items: { story: { id: string; title: string; ready: boolean }; score: number; why: string }[];
  missingTheme: { id: string; label: string; href: string } | null;
  note: string | null;
};

const ask = async (cookie: string, q: string): Promise<Match> => {
  const res = await call(match, { path: `/api/v1/stories/match?q=${encodeURIComponent(q)}`, cookie });
  expect(res.status).toBe(200);
  return res.json();
};
const add = async (cookie: string, body: unknown) => {
  const res = await call(createStory, { method: 'POST', cookie, body });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; ready: boolean; themes: string[] };
};

describe('GET /api/v1/stories/match', () => {
  it('answers what the question asks for, with labels and calibrated confidences, and the story that fits', async () => {
    const { cookie } = await createTestUser();
    const stories = await Promise.all(fiveReadyStories.map((s) => add(cookie, s)));
    const body = await ask(cookie, 'Tell me about the worst outage you led and what you changed afterwards.');
    expect(body.question.kind).toBe('leadership_story');
    expect(body.question.kindConfidence).toBeGreaterThan(0.5);
    expect(body.question.themes[0]).toMatchObject({ id: 'incident_leadership', label: 'Incident leadership' });
    const total = body.question.themes.reduce((sum, t) => sum + t.confidence, 0);
    expect(total).toBeLessThanOrEqual(1.0001);
    expect(body.items[0]!.story.id).toBe(stories.find((s) => s.themes[0] === 'incident_leadership')!.id);
    expect(body.items[0]!.why).toMatch(/theme: Incident leadership \(\d+% likely\)/);
    expect(body.missingTheme).toBeNull();
    expect(body.note).toBeNull();
  });

  it('declines a question that needs no story, and says what it asks about instead', async () => {
    const { cookie } = await createTestUser();
    for (const s of fiveReadyStories) await add(cookie, s);
    const body = await ask(cookie, 'Why are you looking for a new job?');
    expect(body.question.kind).toBe('other');
    expect(body.question.category?.id).toBe('motivation');
    expect(body.items).toEqual([]);
    expect(body.note).toBe('This asks about your motivation, not a leadership story. Answer it directly.');
  });

  it('names the missing theme with a link to a new story on it when no story covers it', async () => {
    const { cookie } = await createTestUser();
    await add(
      cookie,
      fiveReadyStories.find((s) => s.themes[0] === 'incident_leadership'),
    );
    const body = await ask(cookie, 'Tell me about the last senior engineer you hired and how you found them.');
    expect(body.items).toEqual([]);
    expect(body.missingTheme).toEqual({ id: 'hiring', label: 'Hiring', href: '/stories/new?theme=hiring' });
    expect(body.note).toBe('No ready story covers hiring yet.');
  });

  it('ranks a ready story above a draft on the same theme, and says the draft is one', async () => {
    const { cookie } = await createTestUser();
    const draft = await add(cookie, { ...goodStory, title: 'Outage draft', themes: ['incident_leadership'], status: 'draft' });
    const ready = await add(cookie, { ...fiveReadyStories[2], title: 'The checkout outage' });
    expect(ready.ready).toBe(true);
    const body = await ask(cookie, 'Tell me about an incident you ran as incident commander.');
    expect(body.items.map((i) => i.story.id)).toEqual([ready.id, draft.id]);
    expect(body.items[1]!.why).toMatch(/still a draft/);
  });

  it("never suggests another user's stories", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    for (const s of fiveReadyStories) await add(owner.cookie, s);
    const body = await ask(other.cookie, 'Tell me about the worst outage you led.');
    expect(body.items).toEqual([]);
    expect(body.missingTheme?.id).toBe('incident_leadership');
  });

  it('refuses a missing or oversized question with problem+json', async () => {
    const { cookie } = await createTestUser();
    await expectProblem(await call(match, { path: '/api/v1/stories/match?q=x', cookie }), 400);
    await expectProblem(await call(match, { path: `/api/v1/stories/match?q=${'a'.repeat(501)}`, cookie }), 400);
    await expectProblem(await call(match, { path: '/api/v1/stories/match' }), 401);
  });

  // The acceptance check of the question-understanding issue, on the held-out set (never trained on).
  it('on five ready stories, puts the right-theme story first for most held-out questions and declines those needing none', async () => {
    const { cookie } = await createTestUser();
    const themeOf = new Map<string, string>();
    for (const s of fiveReadyStories) themeOf.set((await add(cookie, s)).id, s.themes[0]!);
    const results = await Promise.all(holdout.map(async (q) => ({ q, body: await ask(cookie, q.text) })));
    const leadership = results.filter((r) => r.q.kind === 'leadership_story');
    const first = leadership.filter((r) => r.body.items[0] && themeOf.get(r.body.items[0].story.id) === r.q.theme);
    const others = results.filter((r) => r.q.kind === 'other');
    const declined = others.filter((r) => r.body.items.length === 0);
    // The targets, held by the committed model (BENCHMARKS.md has the measured numbers).
    expect(first.length / leadership.length).toBeGreaterThanOrEqual(0.9);
    expect(declined.length / others.length).toBeGreaterThanOrEqual(0.8);
    for (const r of results) {
      expect(r.body.items.length > 0 || (r.body.note ?? '').length > 0).toBe(true);
      for (const item of r.body.items) expect(item.why).toMatch(/^theme: /);
    }
  }, 60_000);
});

describe('GET /api/v1/questions/understand', () => {
  it('reads a question without touching stories', async () => {
    const { cookie } = await createTestUser();
    const res = await call(understand, {
      path: `/api/v1/questions/understand?q=${encodeURIComponent('What would you cut first if your budget fell by a third?')}`,
      cookie,
    });
    expect(res.status).toBe(200);
    const { question } = await res.json();
    expect(question.kind).toBe('leadership_story');
    expect(question.themes[0].id).toBe('prioritization');
    await expectProblem(await call(understand, { path: '/api/v1/questions/understand?q=' }), 401);
  });
});
