import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawMockInterview, drawPrompt, mockThemes, promptWeight } from '@/lib/domain/prompt-draw';
import { seededRandom } from '@/lib/domain/random';
import { computeRehearsalStats } from '@/lib/domain/rehearsal-stats';
import { scheduleReview } from '@/lib/domain/review-schedule';
import { explainMatch, queryTerms, rankStoryMatches } from '@/lib/domain/story-match';
import { builtInPrompts, THEME_IDS, themeLabel } from '@/lib/guide';

const ctx = (over: Partial<Parameters<typeof drawPrompt>[1]> = {}) => ({
  themeStrength: {},
  dueIds: new Set<string>(),
  recentIds: [],
  random: seededRandom(42),
  ...over,
});

describe('built-in prompt bank', () => {
  it('has at least 60 prompts and at least 6 per theme', () => {
    expect(builtInPrompts.length).toBeGreaterThanOrEqual(60);
    for (const theme of THEME_IDS) expect(builtInPrompts.filter((p) => p.themes.includes(theme)).length).toBeGreaterThanOrEqual(6);
  });
});

describe('drawPrompt', () => {
  const prompts = [
    { id: 'gap', themes: ['hiring'] },
    { id: 'covered', themes: ['prioritization'] },
  ];

  it('draws a gap theme clearly more often than a covered one (10,000 seeded draws)', () => {
    const strength = { hiring: 0, prioritization: 2 };
    const random = seededRandom(7);
    const counts = { gap: 0, covered: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[drawPrompt(prompts, { ...ctx(), themeStrength: strength, random })!.id as 'gap' | 'covered'] += 1;
    // Weights 4 : 1, so expect about 8,000 : 2,000.
    expect(counts.gap).toBeGreaterThan(7_600);
    expect(counts.gap).toBeLessThan(8_400);
  });

  it('draws a due prompt more often than one that is not due', () => {
    const random = seededRandom(11);
    const both = [
      { id: 'due', themes: [] },
      { id: 'later', themes: [] },
    ];
    let due = 0;
    for (let i = 0; i < 10_000; i++) if (drawPrompt(both, { ...ctx(), dueIds: new Set(['due']), random })!.id === 'due') due += 1;
    expect(due / 10_000).toBeGreaterThan(0.7); // 3 : 1
  });

  it('weights: base 1, +3 uncovered, +1.5 thin, +2 due', () => {
    const c = { themeStrength: { hiring: 0, conflict_resolution: 1, prioritization: 2 }, dueIds: new Set(['x']) };
    expect(promptWeight({ id: 'a', themes: ['prioritization'] }, c)).toBe(1);
    expect(promptWeight({ id: 'a', themes: ['conflict_resolution'] }, c)).toBe(2.5);
    expect(promptWeight({ id: 'a', themes: ['hiring', 'prioritization'] }, c)).toBe(4);
    expect(promptWeight({ id: 'x', themes: [] }, c)).toBe(3);
  });

  it('never repeats one of the last five draws while others are available', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, themes: [] }));
    fc.assert(
      fc.property(
        fc.integer(),
        fc.shuffledSubarray(
          many.map((p) => p.id),
          { minLength: 0, maxLength: 5 },
        ),
        (seed, recent) => {
          const drawn = drawPrompt(many, { ...ctx(), recentIds: recent, random: seededRandom(seed) })!;
          expect(recent).not.toContain(drawn.id);
        },
      ),
    );
    // A simulated session: no id comes back within five draws.
    const random = seededRandom(3);
    const history: string[] = [];
    for (let i = 0; i < 500; i++) {
      const p = drawPrompt(many, { ...ctx(), recentIds: [...history].reverse(), random })!;
      expect(history.slice(-5)).not.toContain(p.id);
      history.push(p.id);
    }
  });

  it('with every candidate recent, takes the one seen longest ago; honours the theme filter', () => {
    const two = [
      { id: 'a', themes: ['hiring'] },
      { id: 'b', themes: ['hiring'] },
      { id: 'c', themes: ['prioritization'] },
    ];
    expect(drawPrompt(two, ctx({ recentIds: ['a', 'b'] }), 'hiring')!.id).toBe('b');
    expect(drawPrompt(two, ctx(), 'prioritization')!.id).toBe('c');
    expect(drawPrompt(two, ctx(), 'incident_leadership')).toBeNull();
  });

  it('a mock interview has five prompts from five different themes', () => {
    const mock = drawMockInterview(builtInPrompts, THEME_IDS, ctx({ random: seededRandom(9) }));
    expect(mock).toHaveLength(5);
    expect(new Set(mock.map((p) => p.id)).size).toBe(5);
    const covered = THEME_IDS.filter((t) => mock.some((p) => p.themes.includes(t)));
    expect(covered).toHaveLength(5);
  });
});

describe('scheduleReview (ts-fsrs)', () => {
  const now = new Date('2026-11-27T10:00:00Z');
  it('moves a new card by rating: again soonest, easy latest, with reps counted', () => {
    const due = Object.fromEntries(
      (['again', 'hard', 'good', 'easy'] as const).map((r) => [r, Date.parse(scheduleReview(null, r, now).due)]),
    );
    expect(due.again!).toBeLessThan(due.hard!);
    expect(due.hard!).toBeLessThanOrEqual(due.good!);
    expect(due.good!).toBeLessThan(due.easy!);
    const card = scheduleReview(null, 'good', now);
    expect(card.reps).toBe(1);
    expect(card.last_review).toBe(now.toISOString());
  });

  it('grows the interval on repeated good ratings and counts a lapse on again', () => {
    const first = scheduleReview(null, 'good', now);
    const later = new Date(first.due);
    const second = scheduleReview(first, 'good', later);
    const third = scheduleReview(second, 'good', new Date(second.due));
    expect(Date.parse(third.due) - Date.parse(second.due)).toBeGreaterThan(Date.parse(second.due) - later.getTime() - 1);
    const lapsed = scheduleReview(third, 'again', new Date(third.due));
    expect(lapsed.lapses).toBe(1);
    expect(Date.parse(lapsed.due)).toBeLessThan(Date.parse(third.due) + 2 * 86_400_000);
  });
});

describe("a role's focus", () => {
  const base = { themeStrength: {}, dueIds: new Set<string>(), recentIds: [] as string[] };
  it('weighs prompts on the themes a posting stresses above the rest', () => {
    const focus = { incident_leadership: 0.6, hiring: 0.1 };
    const incident = promptWeight({ id: 'a', themes: ['incident_leadership'] }, { ...base, themeFocus: focus });
    const hiring = promptWeight({ id: 'b', themes: ['hiring'] }, { ...base, themeFocus: focus });
    const other = promptWeight({ id: 'c', themes: ['prioritization'] }, { ...base, themeFocus: focus });
    expect(incident).toBeGreaterThan(hiring);
    expect(hiring).toBeGreaterThan(other);
    expect(other).toBe(promptWeight({ id: 'c', themes: ['prioritization'] }, base));
  });

  it('leans a mock interview toward the stressed themes, a theme at most twice', () => {
    const random = seededRandom(7);
    let stressed = 0;
    for (let run = 0; run < 200; run++) {
      const picked = mockThemes(THEME_IDS, { themeFocus: { incident_leadership: 0.7, hiring: 0.3 }, random }, 5);
      expect(picked).toHaveLength(5);
      for (const t of THEME_IDS) expect(picked.filter((p) => p === t).length).toBeLessThanOrEqual(2);
      stressed += picked.slice(0, 2).filter((t) => t === 'incident_leadership' || t === 'hiring').length;
    }
    // Without focus, two of five themes would fill the first two slots 40% of the time.
    expect(stressed / 400).toBeGreaterThan(0.7);
    expect(new Set(mockThemes(THEME_IDS, { random }, 5)).size).toBe(5);
  });
});

describe('story matching', () => {
  const labels = { theme: themeLabel, competency: (id: string) => id };
  const story = (id: string, themes: string[], text: string, ready = true, competencies: string[] = []) => ({
    id,
    title: id,
    themes,
    competencies,
    ready,
    text,
  });
  type Story = ReturnType<typeof story>;
  /** Ranks, then explains each pick from its text, as the server does. */
  const rank = (candidates: { story: Story; bm25: number | null }[], question: typeof incidentQuestion, options: { minFit: number }) =>
    rankStoryMatches(candidates, question, options).map((r) => ({ ...r, why: explainMatch(r, question.terms, r.story.text, labels) }));
  const incidentQuestion = {
    themes: [
      { id: 'incident_leadership', confidence: 0.8 },
      { id: 'prioritization', confidence: 0.15 },
    ],
    competencies: [{ id: 'org_incident_leadership', confidence: 0.6 }],
    terms: queryTerms('Tell me about an outage you led and how you handled the incident'),
  };

  it('ranks the story on the likeliest theme first and says why, with the confidence and the words', () => {
    const ranked = rank(
      [
        { story: story('hiring', ['hiring'], 'I hired four SREs and rebuilt the interview loop'), bm25: null },
        { story: story('budget', ['prioritization'], 'We cut cloud cost after an incident review'), bm25: -4.1 },
        { story: story('incident', ['incident_leadership'], 'Kafka outage at peak; I took incident command and failed over'), bm25: -1.2 },
      ],
      incidentQuestion,
      { minFit: 0 },
    );
    expect(ranked.map((r) => r.story.id)).toEqual(['incident', 'budget']);
    expect(ranked[0]!.why).toMatch(/theme: Incident leadership \(80% likely\)/);
    expect(ranked[0]!.why).toMatch(/outage/);
  });

  it('puts a ready story above a draft on the same theme, however well the draft matches the words', () => {
    const ranked = rank(
      [
        { story: story('draft', ['incident_leadership'], 'outage incident led handled', false, ['org_incident_leadership']), bm25: -9 },
        { story: story('ready', ['incident_leadership'], 'A quiet night'), bm25: null },
      ],
      incidentQuestion,
      { minFit: 0 },
    );
    expect(ranked.map((r) => r.story.id)).toEqual(['ready', 'draft']);
    expect(ranked[1]!.why).toMatch(/still a draft/);
  });

  it("within a theme, prefers the story that shares the question's words and competencies", () => {
    const ranked = rank(
      [
        { story: story('plain', ['incident_leadership'], 'A database failover'), bm25: null },
        { story: story('close', ['incident_leadership'], 'The outage I led', true, ['org_incident_leadership']), bm25: -3 },
      ],
      incidentQuestion,
      { minFit: 0 },
    );
    expect(ranked.map((r) => r.story.id)).toEqual(['close', 'plain']);
    expect(ranked[0]!.why).toMatch(/shows: org_incident_leadership/);
  });

  it('suggests nothing under the fit bar, and nothing on a theme the question does not touch', () => {
    const candidates = [{ story: story('budget', ['prioritization'], 'cloud cost'), bm25: -2 }];
    expect(rank(candidates, incidentQuestion, { minFit: 0.5 })).toEqual([]);
    expect(rank([{ story: story('h', ['hiring'], 'outage'), bm25: -5 }], incidentQuestion, { minFit: 0 })).toEqual([]);
  });

  it('drops question fluff from the search terms', () => {
    expect(queryTerms('Tell me about a time you disagreed with your manager')).toEqual(['disagreed', 'manager']);
  });
});

describe('computeRehearsalStats', () => {
  const now = new Date('2026-11-27T18:00:00Z'); // a Friday
  const at = (day: string) => `${day}T09:00:00.000Z`;
  const stats = computeRehearsalStats(
    [
      { createdAt: at('2026-11-27'), durationSeconds: 100, rating: 'good', themes: ['hiring'] },
      { createdAt: at('2026-11-26'), durationSeconds: 140, rating: 'again', themes: ['incident_leadership'] },
      { createdAt: at('2026-11-25'), durationSeconds: 120, rating: 'hard', themes: ['incident_leadership', 'hiring'] },
      { createdAt: at('2026-11-20'), durationSeconds: 80, rating: 'easy', themes: ['prioritization'] },
      { createdAt: at('2026-08-01'), durationSeconds: 60, rating: 'good', themes: [] },
    ],
    THEME_IDS,
    now,
    4,
  );

  it('counts exactly what was logged', () => {
    expect(stats.total).toBe(5);
    expect(stats.averageDurationSeconds).toBe(100);
    expect(stats.dueNow).toBe(4);
    expect(stats.perWeek).toHaveLength(12);
    expect(stats.perWeek.at(-1)).toEqual({ weekStart: '2026-11-23', count: 3 });
    expect(stats.perWeek.at(-2)).toEqual({ weekStart: '2026-11-16', count: 1 });
    expect(stats.perWeek.reduce((s, w) => s + w.count, 0)).toBe(4); // August is outside the 12 weeks
  });

  it('streak counts consecutive days up to today', () => {
    expect(stats.streakDays).toBe(3);
    const yesterdayOnly = computeRehearsalStats(
      [{ createdAt: at('2026-11-26'), durationSeconds: 1, rating: 'good', themes: [] }],
      [],
      now,
      0,
    );
    expect(yesterdayOnly.streakDays).toBe(1);
    expect(computeRehearsalStats([], [], now, 0)).toMatchObject({ streakDays: 0, averageDurationSeconds: null });
  });

  it('lists themes weakest first: never rehearsed, then lowest average rating', () => {
    expect(stats.byTheme.map((t) => t.theme)).toEqual([
      'conflict_resolution',
      'cross_team_alignment',
      'incident_leadership',
      'hiring',
      'prioritization',
    ]);
    expect(stats.byTheme.find((t) => t.theme === 'incident_leadership')).toMatchObject({ count: 2, averageRating: 1.5, again: 1, hard: 1 });
  });
});
