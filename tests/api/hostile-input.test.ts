import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as caseStudies from '@/app/api/v1/case-studies/route';
import * as contacts from '@/app/api/v1/contacts/route';
import * as importRoute from '@/app/api/v1/import/route';
import * as prompts from '@/app/api/v1/prompts/route';
import * as stories from '@/app/api/v1/stories/route';
import * as story from '@/app/api/v1/stories/[id]/route';
import { call, createTestUser, expectProblem } from '../helpers/api';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return entry === 'route.ts' ? [path] : [];
  });
}

describe('every /api/v1 route answers every method with JSON', () => {
  const files = routeFiles('app/api/v1');

  it('covers the route files', () => expect(files.length).toBeGreaterThanOrEqual(25));

  it.each(files.map((f) => [relative('app/api/v1', f)]))('%s: unsupported methods are 405 problem+json with Allow', async (file) => {
    const routeModule = (await import(/* @vite-ignore */ `@/app/api/v1/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    for (const method of METHODS) expect(typeof routeModule[method], `${file} exports ${method}`).toBe('function');
    if (file.startsWith('[...path]')) return;
    let refused = 0;
    for (const method of METHODS) {
      const res = await call(routeModule[method] as Parameters<typeof call>[0], { method, params: { id: 'abcdefgh12' } });
      if (res.status !== 405) continue;
      refused++;
      const problem = await expectProblem(res, 405);
      const allow = res.headers.get('allow')!;
      expect(allow.split(', ')).not.toContain(method);
      expect(problem.detail).toContain(method);
    }
    expect(refused).toBeLessThan(METHODS.length);
  });
});

describe('bad input is a 400, never a 500 (findings from the hostile-input campaign)', () => {
  const cases = [
    ['POST /stories', stories.POST, 'POST', { title: 't' }],
    ['POST /case-studies', caseStudies.POST, 'POST', { title: 't', dimension: 'cost' }],
    ['POST /contacts', contacts.POST, 'POST', { name: 'n', metOn: '2026-01-01' }],
    ['POST /prompts', prompts.POST, 'POST', { text: 'Tell me about a time.' }],
  ] as const;

  it.each(cases)('%s: an id list holding an object with a numeric toString', async (_label, handler, method, base) => {
    const user = await createTestUser();
    for (const field of ['themes', 'competencies', 'painPoints']) {
      const problem = await expectProblem(
        await call(handler, { method, cookie: user.cookie, body: { ...base, [field]: [{ toString: 1 }] } }),
        400,
      );
      expect(JSON.stringify(problem.errors)).not.toContain('toString');
    }
  });

  it.each(cases)('%s: an id list nested 10,000 deep', async (_label, handler, method, base) => {
    const user = await createTestUser();
    const rawBody = JSON.stringify(base).replace(/}$/, `,"themes":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    const problem = await expectProblem(await call(handler, { method, cookie: user.cookie, rawBody }), 400);
    expect(problem.detail).toMatch(/nested more than 32 levels/);
  });

  it('PATCH /stories/:id and POST /import refuse the same shapes', async () => {
    const user = await createTestUser();
    const created = await (await call(stories.POST, { method: 'POST', cookie: user.cookie, body: { title: 'Kept as it was' } })).json();
    const patch = (body: unknown) => call(story.PATCH, { method: 'PATCH', cookie: user.cookie, body, params: { id: created.id } });
    await expectProblem(await patch({ themes: [{ toString: 1 }] }), 400);
    await expectProblem(await patch({ competencies: ['x', { toString: null, valueOf: null }] }), 400);
    const file = { format: 'starboard-workspace', version: 1, stories: [{ id: 'a', title: 't', themes: [{ toString: 1 }] }] };
    await expectProblem(await call(importRoute.POST, { method: 'POST', cookie: user.cookie, body: file }), 400);
    const stored = await (await call(story.GET, { cookie: user.cookie, params: { id: created.id } })).json();
    expect(stored.title).toBe('Kept as it was');
  });
});

describe('links to stories are checked even when empty (found by the fuzz suite)', () => {
  it('POST /metrics and POST /rehearsals with storyId "" answer 400, not a foreign-key 500', async () => {
    const { POST: createMetric } = await import('@/app/api/v1/metrics/route');
    const { POST: insertRehearsal } = await import('@/app/api/v1/rehearsals/route');
    const { builtInPrompts } = await import('@/lib/guide');
    const user = await createTestUser();
    const metric = { label: 'Lead time', direction: 'decrease', baseline: 72, result: 4, unit: 'hours', storyId: '', caseStudyId: null };
    const problem = await expectProblem(await call(createMetric, { method: 'POST', cookie: user.cookie, body: metric }), 400);
    expect(problem.errors?.storyId).toBeDefined();
    await expectProblem(
      await call(createMetric, { method: 'POST', cookie: user.cookie, body: { ...metric, storyId: null, caseStudyId: '' } }),
      400,
    );
    const rehearsal = { promptId: builtInPrompts[0]!.id, durationSeconds: 60, rating: 'good', storyId: '' };
    await expectProblem(await call(insertRehearsal, { method: 'POST', cookie: user.cookie, body: rehearsal }), 400);
  });
});
