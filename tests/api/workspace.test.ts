import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { GET as getRecording, PUT as putRecording } from '@/app/api/v1/rehearsals/[id]/recording/route';
import { sampleAnswer } from '../fixtures/wav';
import { GET as coverage } from '@/app/api/v1/coverage/route';
import { POST as loadDemo } from '@/app/api/v1/demo/route';
import { GET as exportRoute } from '@/app/api/v1/export/route';
import { POST as importRoute } from '@/app/api/v1/import/route';
import { GET as listPractice, POST as createPractice } from '@/app/api/v1/practice/route';
import { POST as insertRehearsal, GET as listRehearsals } from '@/app/api/v1/rehearsals/route';
import { GET as listStories } from '@/app/api/v1/stories/route';
import { builtInPrompts } from '@/lib/guide';
import { isNotNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { comparable, largeWorkspaceFile } from '../fixtures/large-workspace';
import { ORIGIN, call, createTestUser, expectProblem } from '../helpers/api';

const exportOf = async (cookie: string) => (await call(exportRoute, { cookie, path: '/api/v1/export?format=json' })).json();
const doImport = (cookie: string, body: unknown, replace = false) =>
  call(importRoute, { method: 'POST', cookie, body, path: `/api/v1/import${replace ? '?replace=true' : ''}` });
const overall = async (cookie: string) => (await (await call(coverage, { cookie })).json()).overall;

describe('export and import', () => {
  it('round-trips a workspace into another account with the same coverage and links', async () => {
    const source = await createTestUser();
    await call(loadDemo, { method: 'POST', cookie: source.cookie });
    await call(insertRehearsal, {
      method: 'POST',
      cookie: source.cookie,
      body: { promptId: builtInPrompts[0]!.id, durationSeconds: 90, rating: 'good' },
    });
    const res = await call(exportRoute, { cookie: source.cookie, path: '/api/v1/export?format=json' });
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="starboard-\d{4}-\d{2}-\d{2}\.json"/);
    const file = await res.json();
    expect(file).toMatchObject({ format: 'starboard-workspace', version: 1 });
    expect(file.stories).toHaveLength(8);

    const target = await createTestUser();
    const imported = await doImport(target.cookie, file);
    expect(imported.status).toBe(201);
    expect(await overall(target.cookie)).toBe(await overall(source.cookie));
    expect((await (await call(listRehearsals, { cookie: target.cookie })).json()).items).toHaveLength(1);
    const again = await exportOf(target.cookie);
    expect(again.stories.map((s: { title: string }) => s.title).sort()).toEqual(file.stories.map((s: { title: string }) => s.title).sort());
    expect(again.metrics.filter((m: { caseStudyId: string | null }) => m.caseStudyId)).toHaveLength(3);
    // Roles and their interviews come along, the interview under the new role's id.
    expect(file.roles).toHaveLength(1);
    expect(file.interviews).toHaveLength(1);
    const strip = ({ id: _id, roleId: _roleId, ...rest }: { id: string; roleId?: string }) => rest;
    expect(again.roles.map(strip)).toEqual(file.roles.map(strip));
    expect(again.interviews.map(strip)).toEqual(file.interviews.map(strip));
    expect(again.interviews[0].roleId).toBe(again.roles[0].id);
  });

  it('carries a debrief across, naming the imported copy of the story told, and still reads an export from before roles', async () => {
    const source = await createTestUser();
    await call(loadDemo, { method: 'POST', cookie: source.cookie });
    const file = await exportOf(source.cookie);
    file.interviews[0].debrief = { questions: ['Tell me about an outage.'], storyIds: [file.stories[2].id], rating: 4 };
    const target = await createTestUser();
    expect((await doImport(target.cookie, file)).status).toBe(201);
    const again = await exportOf(target.cookie);
    const told = again.stories.find((s: { id: string }) => s.id === again.interviews[0].debrief.storyIds[0]);
    expect(told.title).toBe(file.stories[2].title);

    const { roles: _roles, interviews: _interviews, ...older } = file;
    const third = await createTestUser();
    expect((await doImport(third.cookie, older)).status).toBe(201);
    expect((await exportOf(third.cookie)).roles).toEqual([]);
    const orphan = { ...file, interviews: [{ ...file.interviews[0], roleId: 'no-such-role' }] };
    const refused = await expectProblem(await doImport((await createTestUser()).cookie, orphan), 400);
    expect(JSON.stringify(refused.errors)).toContain('role that is not in the file');
  });

  it('refuses an account with data unless asked to replace; replacing swaps it atomically', async () => {
    const source = await createTestUser();
    await call(loadDemo, { method: 'POST', cookie: source.cookie });
    const file = await exportOf(source.cookie);
    const target = await createTestUser();
    await call(createPractice, { method: 'POST', cookie: target.cookie, body: { area: 'on_call', date: '2026-01-01', summary: 'Mine' } });
    await expectProblem(await doImport(target.cookie, file), 409);
    expect((await (await call(listPractice, { cookie: target.cookie })).json()).items).toHaveLength(1);
    expect((await doImport(target.cookie, file, true)).status).toBe(201);
    const practice = (await (await call(listPractice, { cookie: target.cookie })).json()).items;
    expect(practice.map((p: { summary: string }) => p.summary)).not.toContain('Mine');
    expect(practice).toHaveLength(file.practice.length);
  });

  type ExportFile = Record<string, unknown> & { metrics: object[]; stories: object[] };
  it.each<[string, (f: ExportFile) => unknown]>([
    ['another format', (f) => ({ ...f, format: 'other' })],
    ['a future version', (f) => ({ ...f, version: 2 })],
    ['a dangling case-study link', (f) => ({ ...f, metrics: [...f.metrics, { ...f.metrics[0], caseStudyId: 'missing' }] })],
    ['an unknown theme', (f) => ({ ...f, stories: [{ ...f.stories[0], themes: ['bravery'] }] })],
  ])('rejects %s with 400 and changes nothing, even when replacing', async (_label, mutate) => {
    const source = await createTestUser();
    await call(loadDemo, { method: 'POST', cookie: source.cookie });
    const file: ExportFile = await exportOf(source.cookie);
    const before = (await (await call(listStories, { cookie: source.cookie })).json()).total;
    await expectProblem(await doImport(source.cookie, mutate(file), true), 400);
    expect((await (await call(listStories, { cookie: source.cookie })).json()).total).toBe(before);
  });

  it("is 401 without a session and exports only the caller's data", async () => {
    await expectProblem(await call(exportRoute), 401);
    const a = await createTestUser();
    const b = await createTestUser();
    await call(loadDemo, { method: 'POST', cookie: a.cookie });
    const theirs = await exportOf(b.cookie);
    expect([theirs.stories, theirs.metrics, theirs.contacts].every((list: unknown[]) => list.length === 0)).toBe(true);
  });
});

describe('import that matches export', () => {
  it('refuses duplicate ids in a list with 400 naming them, and changes nothing', async () => {
    const source = await createTestUser();
    await call(loadDemo, { method: 'POST', cookie: source.cookie });
    const file = await exportOf(source.cookie);
    const [first, second] = file.stories;
    const duplicated = { ...file, stories: [...file.stories, { ...second, id: first.id }] };
    const target = await createTestUser();
    const problem = await expectProblem(await doImport(target.cookie, duplicated), 400);
    expect(problem.errors?.stories?.[0]).toContain(`"${first.id}"`);
    expect((await exportOf(target.cookie)).stories).toHaveLength(0);
  });

  it('imports back a 20 MB export with no differences, leaving no staging account behind', async () => {
    const source = await createTestUser();
    const generated = largeWorkspaceFile(21);
    const raw = JSON.stringify(generated, null, 2);
    expect(raw.length).toBeGreaterThan(20 * 1024 * 1024);
    expect((await call(importRoute, { method: 'POST', cookie: source.cookie, rawBody: raw, path: '/api/v1/import' })).status).toBe(201);

    const exported = await (await call(exportRoute, { cookie: source.cookie, path: '/api/v1/export?format=json' })).text();
    expect(exported.length).toBeGreaterThan(20 * 1024 * 1024);
    const target = await createTestUser();
    const res = await call(importRoute, { method: 'POST', cookie: target.cookie, rawBody: exported, path: '/api/v1/import' });
    expect(res.status).toBe(201);
    const again = await exportOf(target.cookie);
    expect(comparable(again)).toEqual(comparable(JSON.parse(exported)));
    expect(comparable(again)).toEqual(comparable(generated));
    expect(getDb().select().from(users).where(isNotNull(users.stagingFor)).all()).toEqual([]);
  }, 120_000);

  it('exports a .zip with workspace.json and the recordings, which imports back with the same bytes', async () => {
    const source = await createTestUser();
    await call(loadDemo, { method: 'POST', cookie: source.cookie });
    const logged = await call(insertRehearsal, {
      method: 'POST',
      cookie: source.cookie,
      body: { promptId: builtInPrompts[0]!.id, durationSeconds: 6, rating: 'good' },
    });
    const rehearsalId = (await logged.json()).id;
    const { wav: audio, analysis } = sampleAnswer;
    const put = await putRecording(
      new Request(`${ORIGIN}/api/v1/rehearsals/${rehearsalId}/recording?analysis=${encodeURIComponent(JSON.stringify(analysis))}`, {
        method: 'PUT',
        headers: { cookie: source.cookie, origin: ORIGIN, 'content-type': 'audio/wav' },
        body: new Uint8Array(audio),
      }),
      { params: Promise.resolve({ id: rehearsalId }) },
    );
    expect(put.status).toBe(201);

    const res = await call(exportRoute, { cookie: source.cookie, path: '/api/v1/export' });
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/filename="starboard-\d{4}-\d{2}-\d{2}\.zip"/);
    const zip = new Uint8Array(await res.arrayBuffer());
    const files = unzipSync(zip);
    const workspace = JSON.parse(strFromU8(files['workspace.json']!));
    const entry = workspace.rehearsals.find((r: { recording?: unknown }) => r.recording);
    expect(entry.recording).toMatchObject({ mimeType: 'audio/wav', analysis });
    expect(Buffer.from(files[entry.recording.file]!).equals(audio)).toBe(true);

    const target = await createTestUser();
    const imported = await importRoute(
      new Request(`${ORIGIN}/api/v1/import`, {
        method: 'POST',
        headers: { cookie: target.cookie, origin: ORIGIN, 'content-type': 'application/zip' },
        body: zip,
      }),
      { params: Promise.resolve({}) },
    );
    expect(imported.status).toBe(201);
    expect((await imported.json()).recordings).toBe(1);
    const list = (await (await call(listRehearsals, { cookie: target.cookie })).json()).items;
    const restored = list.find((r: { recording: unknown }) => r.recording);
    expect(restored.recording).toMatchObject({ mimeType: 'audio/wav', bytes: audio.length, pauseCount: 1 });
    const served = await getRecording(new Request(`${ORIGIN}${restored.recording.url}`, { headers: { cookie: target.cookie } }), {
      params: Promise.resolve({ id: restored.id }),
    });
    expect(Buffer.from(await served.arrayBuffer()).equals(audio)).toBe(true);

    // A recording that lies about its type, or a file outside the export's layout, is refused and nothing lands.
    const lying = zipSync({ 'workspace.json': files['workspace.json']!, [entry.recording.file]: strToU8('not audio at all') });
    const other = await createTestUser();
    const send = (body: Uint8Array) =>
      importRoute(
        new Request(`${ORIGIN}/api/v1/import`, {
          method: 'POST',
          headers: { cookie: other.cookie, origin: ORIGIN, 'content-type': 'application/zip' },
          body: new Uint8Array(body),
        }),
        { params: Promise.resolve({}) },
      );
    await expectProblem(await send(lying), 415);
    await expectProblem(await send(zipSync({ 'workspace.json': files['workspace.json']!, '../evil.sh': strToU8('x') })), 400);
    await expectProblem(await send(strToU8('PK not really a zip')), 400);
    expect((await exportOf(other.cookie)).stories).toEqual([]);
  });

  it('refuses a body nested deeper than 32 levels with 400 before parsing', async () => {
    const user = await createTestUser();
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const problem = await expectProblem(
      await call(importRoute, { method: 'POST', cookie: user.cookie, rawBody: deep, path: '/api/v1/import' }),
      400,
    );
    expect(problem.detail).toMatch(/nested more than 32/);
  });
});

describe('import slots', () => {
  it('allows one import per account and two per server at a time, and frees the slot', async () => {
    const { claimImportSlot } = await import('@/lib/server/workspace');
    const release = claimImportSlot('user-a');
    expect(() => claimImportSlot('user-a')).toThrow(/already running/);
    const releaseB = claimImportSlot('user-b');
    expect(() => claimImportSlot('user-c')).toThrow(/Other imports/);
    release();
    releaseB();
    claimImportSlot('user-a')();
  });
});
