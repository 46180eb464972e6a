/**
 * Hostile input against every mutating route: arbitrary JSON, deep nesting, prototype keys,
 * huge strings, odd Unicode and wrong types, alone and spliced into an otherwise valid body.
 * Every answer must be < 500, every error problem+json, and a refused request changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as caseStudies from '@/app/api/v1/case-studies/route';
import * as caseStudy from '@/app/api/v1/case-studies/[id]/route';
import * as contacts from '@/app/api/v1/contacts/route';
import * as contact from '@/app/api/v1/contacts/[id]/route';
import * as roles from '@/app/api/v1/roles/route';
import * as role from '@/app/api/v1/roles/[id]/route';
import * as interviews from '@/app/api/v1/roles/[id]/interviews/route';
import * as demo from '@/app/api/v1/demo/route';
import * as fundamentals from '@/app/api/v1/fundamentals/route';
import * as importRoute from '@/app/api/v1/import/route';
import * as me from '@/app/api/v1/me/route';
import * as password from '@/app/api/v1/me/password/route';
import * as revoke from '@/app/api/v1/me/sessions/revoke/route';
import * as metrics from '@/app/api/v1/metrics/route';
import * as metric from '@/app/api/v1/metrics/[id]/route';
import * as practice from '@/app/api/v1/practice/route';
import * as practiceEntry from '@/app/api/v1/practice/[id]/route';
import * as prompts from '@/app/api/v1/prompts/route';
import * as prompt from '@/app/api/v1/prompts/[id]/route';
import * as draw from '@/app/api/v1/rehearsals/draw/route';
import * as mock from '@/app/api/v1/rehearsals/mock/route';
import * as rehearsals from '@/app/api/v1/rehearsals/route';
import * as stories from '@/app/api/v1/stories/route';
import * as story from '@/app/api/v1/stories/[id]/route';
import * as users from '@/app/api/v1/users/route';
import { getDb } from '@/db/client';
import { demoWorkspace } from '@/lib/demo/workspace';
import { builtInPrompts } from '@/lib/guide';
import { goodStory } from '../fixtures/stories';
import { allowConsoleError, call, createTestUser, sessionCookie } from '../helpers/api';

const RUNS = 200;
type Handler = Parameters<typeof call>[0];

// Tables whose rows are the users' data; counters, sessions and draw history may change on a refused request.
const DATA_TABLES = [
  'users',
  'stories',
  'case_studies',
  'impact_metrics',
  'fundamentals',
  'practice_entries',
  'contacts',
  'prompts',
  'rehearsals',
  'prompt_cards',
  'roles',
  'interviews',
];
function snapshot(): string {
  const db = getDb().$client;
  return DATA_TABLES.map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join('\n');
}

const study = demoWorkspace.caseStudies.golden_path;
const { caseStudy: _link, ...metricSample } = demoWorkspace.metrics[0]!;
const samples = {
  story: { ...goodStory },
  caseStudy: study,
  metric: { ...metricSample, storyId: null, caseStudyId: null },
  practice: demoWorkspace.practice[0]!,
  contact: demoWorkspace.contacts[0]!,
  prompt: { text: 'Tell me about a migration you led.', themes: ['prioritization'] },
  fundamentals: demoWorkspace.fundamentals,
  rehearsal: { promptId: builtInPrompts[0]!.id, durationSeconds: 90, rating: 'good' },
  role: demoWorkspace.role,
  interview: { startsAt: '2026-12-03T16:00:00+01:00', timeZone: 'Europe/Berlin', durationMinutes: 45, round: 'peer', debrief: null },
};

/** Values that have broken validators before: throwing toString, deep arrays, prototype keys, lone surrogates. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom<unknown>(
    { toString: 1 },
    { valueOf: null, toString: null },
    [{ toString: 1 }],
    ['hiring', { toString: 1 }],
    null,
    -0,
    1e308,
    '',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 33, max: 400 }).map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n))),
);

/** Raw body text: arbitrary JSON, a valid body with one field spoiled, or text built to hurt a parser. */
function hostileBody(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = [...Object.keys(valid), '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'extra'];
  return fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    {
      weight: 6,
      arbitrary: fc.tuple(fc.constantFrom(...keys), nasty).map(([key, value]) => JSON.stringify({ ...valid, [key]: value })),
    },
    { weight: 1, arbitrary: fc.integer({ min: 33, max: 20_000 }).map((n) => `{"themes":${'['.repeat(n)}${']'.repeat(n)}}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(900_000, 1_100_000).map((n) => JSON.stringify({ ...valid, title: 'x'.repeat(n), text: 'y'.repeat(n) })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{"title":"\\ud800"}',
        '{"title":"\\u0000"}',
        '{"__proto__":{"admin":true}}',
        '[',
        '{"a":1}}',
        'null',
        '"str"',
        '1e999',
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
}

type Target = { name: string; handler: Handler; method: string; valid: Record<string, unknown>; id?: 'own' | 'any' };

async function setUp() {
  // Start each route from two fresh accounts, so snapshots stay small and cases independent.
  getDb().$client.exec('DELETE FROM users; DELETE FROM throttle_hits;');
  const ada = await createTestUser('Ada');
  const grace = await createTestUser('Grace');
  const seed = async (cookie: string) => {
    await call(demo.POST, { method: 'POST', cookie });
    await call(prompts.POST, { method: 'POST', cookie, body: samples.prompt });
    await call(rehearsals.POST, { method: 'POST', cookie, body: samples.rehearsal });
  };
  await seed(ada.cookie);
  await seed(grace.cookie);
  const idsOf = async (list: Handler, cookie: string) =>
    ((await (await call(list, { cookie })).json()).items as { id: string; builtIn?: boolean }[]).filter((r) => !r.builtIn).map((r) => r.id);
  const graceIds = (
    await Promise.all(
      [stories.GET, caseStudies.GET, metrics.GET, practice.GET, contacts.GET, prompts.GET, roles.GET].map((h) => idsOf(h, grace.cookie)),
    )
  ).flat();
  const adaIds = {
    story: (await idsOf(stories.GET, ada.cookie))[0]!,
    caseStudy: (await idsOf(caseStudies.GET, ada.cookie))[0]!,
    metric: (await idsOf(metrics.GET, ada.cookie))[0]!,
    practice: (await idsOf(practice.GET, ada.cookie))[0]!,
    contact: (await idsOf(contacts.GET, ada.cookie))[0]!,
    prompt: (await idsOf(prompts.GET, ada.cookie))[0]!,
    role: (await idsOf(roles.GET, ada.cookie))[0]!,
  };
  return { ada, grace, graceIds, adaIds };
}

const targets: Target[] = [
  {
    name: 'POST /users',
    handler: users.POST,
    method: 'POST',
    valid: { email: 'new@example.com', password: 'a long enough pass', name: 'N' },
  },
  { name: 'PATCH /me', handler: me.PATCH, method: 'PATCH', valid: { name: 'Ada', targetIndustry: 'Fintech' } },
  { name: 'DELETE /me', handler: me.DELETE, method: 'DELETE', valid: { password: 'not the password' } },
  {
    name: 'POST /me/password',
    handler: password.POST,
    method: 'POST',
    valid: { currentPassword: 'not the password', newPassword: 'a long enough pass' },
  },
  { name: 'POST /me/sessions/revoke', handler: revoke.POST, method: 'POST', valid: {} },
  { name: 'POST /stories', handler: stories.POST, method: 'POST', valid: samples.story },
  { name: 'PATCH /stories/:id', handler: story.PATCH, method: 'PATCH', valid: samples.story, id: 'own' },
  { name: 'DELETE /stories/:id', handler: story.DELETE, method: 'DELETE', valid: {}, id: 'any' },
  { name: 'POST /case-studies', handler: caseStudies.POST, method: 'POST', valid: samples.caseStudy },
  { name: 'PATCH /case-studies/:id', handler: caseStudy.PATCH, method: 'PATCH', valid: samples.caseStudy, id: 'own' },
  { name: 'DELETE /case-studies/:id', handler: caseStudy.DELETE, method: 'DELETE', valid: {}, id: 'any' },
  { name: 'POST /metrics', handler: metrics.POST, method: 'POST', valid: samples.metric },
  { name: 'PATCH /metrics/:id', handler: metric.PATCH, method: 'PATCH', valid: samples.metric, id: 'own' },
  { name: 'DELETE /metrics/:id', handler: metric.DELETE, method: 'DELETE', valid: {}, id: 'any' },
  { name: 'POST /practice', handler: practice.POST, method: 'POST', valid: samples.practice },
  { name: 'PATCH /practice/:id', handler: practiceEntry.PATCH, method: 'PATCH', valid: samples.practice, id: 'own' },
  { name: 'DELETE /practice/:id', handler: practiceEntry.DELETE, method: 'DELETE', valid: {}, id: 'any' },
  { name: 'POST /contacts', handler: contacts.POST, method: 'POST', valid: samples.contact },
  { name: 'PATCH /contacts/:id', handler: contact.PATCH, method: 'PATCH', valid: samples.contact, id: 'own' },
  { name: 'DELETE /contacts/:id', handler: contact.DELETE, method: 'DELETE', valid: {}, id: 'any' },
  { name: 'POST /prompts', handler: prompts.POST, method: 'POST', valid: samples.prompt },
  { name: 'PATCH /prompts/:id', handler: prompt.PATCH, method: 'PATCH', valid: samples.prompt, id: 'own' },
  { name: 'DELETE /prompts/:id', handler: prompt.DELETE, method: 'DELETE', valid: {}, id: 'any' },
  { name: 'POST /roles', handler: roles.POST, method: 'POST', valid: samples.role },
  { name: 'PATCH /roles/:id', handler: role.PATCH, method: 'PATCH', valid: samples.role, id: 'own' },
  { name: 'DELETE /roles/:id', handler: role.DELETE, method: 'DELETE', valid: {}, id: 'any' },
  { name: 'POST /roles/:id/interviews', handler: interviews.POST, method: 'POST', valid: samples.interview, id: 'own' },
  { name: 'PUT /fundamentals', handler: fundamentals.PUT, method: 'PUT', valid: samples.fundamentals },
  { name: 'POST /rehearsals', handler: rehearsals.POST, method: 'POST', valid: samples.rehearsal },
  { name: 'POST /rehearsals/draw', handler: draw.POST, method: 'POST', valid: { theme: 'hiring' } },
  { name: 'POST /rehearsals/mock', handler: mock.POST, method: 'POST', valid: {} },
  { name: 'POST /import', handler: importRoute.POST, method: 'POST', valid: { format: 'starboard-workspace', version: 1, stories: [] } },
  { name: 'POST /demo', handler: demo.POST, method: 'POST', valid: {} },
];

describe('fuzzing every mutating route', () => {
  it.each(targets.map((t) => [t.name, t]))(
    `%s: ${RUNS} hostile bodies, never a 500, errors are problem+json, refusals change nothing`,
    async (_name, target) => {
      // A 500 would log; the assertion below reports it better than the console guard.
      allowConsoleError();
      const { ada, graceIds, adaIds } = await setUp();
      const ownId = Object.values(adaIds);
      const idArb =
        target.id === 'own'
          ? fc.oneof(fc.constantFrom(...ownId), fc.constantFrom(...graceIds), fc.string({ maxLength: 80 }))
          : fc.oneof(fc.constantFrom(...graceIds), fc.string({ maxLength: 80 }), fc.constant('../../etc/passwd'));
      let statuses = new Map<number, number>();

      await fc.assert(
        fc.asyncProperty(hostileBody(target.valid), idArb, async (rawBody, id) => {
          // Revoking sessions is the point of that route; give each case a live one.
          const cookie = target.handler === revoke.POST ? await sessionCookie(ada.id) : ada.cookie;
          const before = snapshot();
          const res = await call(target.handler, { method: target.method, cookie, rawBody, params: target.id ? { id } : undefined });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, rawBody.slice(0, 200)).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.headers.get('content-type')).toBe('application/problem+json');
            const problem = await res.json();
            expect(problem.status).toBe(res.status);
            expect(typeof problem.detail).toBe('string');
            expect(snapshot() === before, `a ${res.status} changed stored data`).toBe(true);
          } else {
            await res.body?.cancel();
          }
        }),
        { numRuns: RUNS },
      );
      expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
      // Where a route reads a body, the generators must reach its schema: some bodies are refused there (400).
      if (Object.keys(target.valid).length > 0) expect(statuses.get(400) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(0);
      statuses = new Map();
    },
    120_000,
  );
});
