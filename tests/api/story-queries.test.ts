import { describe, expect, it } from 'vitest';
import { createStory, listStoriesByUser, listStoryPageByUser } from '@/db/queries/stories';
import { storyCreateSchema } from '@/lib/validation/story';
import { goodStory, storyWith } from '../fixtures/stories';
import { createTestUser } from '../helpers/api';

describe('listStoryPageByUser, first page (hand-mapped rows)', () => {
  it('returns exactly what the drizzle-mapped full list holds, minus the STAR text, newest first', async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    // Parsed, as the API does: the schema gives the typed values createStory takes.
    const add = (userId: string, input: unknown) => createStory({ userId, values: storyCreateSchema.parse(input) });
    add(user.id, { ...storyWith({ title: 'Ready one' }), resultQualitative: false, status: 'ready' });
    add(user.id, { ...storyWith({ title: 'Qualitative draft', themes: [], painPoints: [] }), resultQualitative: true, status: 'draft' });
    add(user.id, {
      ...goodStory,
      title: 'Short',
      situation: '',
      task: '',
      action: 'x',
      result: '',
      resultQualitative: false,
      status: 'draft',
    });
    add(other.id, { ...goodStory, resultQualitative: false, status: 'ready' });

    const page = listStoryPageByUser({ userId: user.id, limit: 2, offset: 0 });
    const full = listStoriesByUser({ userId: user.id }).map(({ situation: _s, task: _t, action: _a, result: _r, lint, ...summary }) => ({
      ...summary,
      lint: lint.map(({ message: _m, ...mark }) => mark),
    }));
    expect(page.total).toBe(3);
    expect(page.items).toEqual(full.slice(0, 2));
    expect(listStoryPageByUser({ userId: user.id, limit: 2, offset: 2 }).items).toEqual(full.slice(2));
    // Types survive the hand mapping: booleans, arrays, lint findings.
    const qualitative = [...page.items, ...listStoryPageByUser({ userId: user.id, limit: 5, offset: 2 }).items].find(
      (s) => s.title === 'Qualitative draft',
    )!;
    expect(qualitative.resultQualitative).toBe(true);
    expect(typeof qualitative.ready).toBe('boolean');
    expect(Array.isArray(qualitative.lint)).toBe(true);
    // Lists carry what a finding is, not its advice text.
    const marks = listStoryPageByUser({ userId: user.id, limit: 5, offset: 0 }).items.flatMap((s) => s.lint);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(Object.keys(mark).sort()).toEqual(['code', 'field', 'severity']);
  });
});
