import { afterEach, describe, expect, it } from 'vitest';
import { DELETE as deleteAll, GET as settings, PATCH as setRetention } from '@/app/api/v1/me/recordings/route';
import { GET as getRehearsal } from '@/app/api/v1/rehearsals/[id]/route';
import { DELETE as deleteRecording, GET as getRecording, PUT as putRecording } from '@/app/api/v1/rehearsals/[id]/recording/route';
import { GET as listRehearsals, POST as logRehearsal } from '@/app/api/v1/rehearsals/route';
import { getDb } from '@/db/client';
import { purgeExpiredRecordings } from '@/db/queries/recordings';
import { builtInPrompts } from '@/lib/guide';
import { ORIGIN, createTestUser, expectProblem } from '../helpers/api';
import { sampleAnswer, wavBytes } from '../fixtures/wav';

const { analysis, wav } = sampleAnswer;

async function rehearsal(cookie: string) {
  const req = new Request(`${ORIGIN}/api/v1/rehearsals`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ promptId: builtInPrompts[0]!.id, durationSeconds: 6, rating: 'good' }),
  });
  const res = await logRehearsal(req, { params: Promise.resolve({}) });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
}

/** A raw PUT, as the browser sends it: the audio as the body. */
function put(
  cookie: string,
  id: string,
  body: Uint8Array,
  type = 'audio/wav',
  query = `analysis=${encodeURIComponent(JSON.stringify(analysis))}`,
) {
  return putRecording(
    new Request(`${ORIGIN}/api/v1/rehearsals/${id}/recording?${query}`, {
      method: 'PUT',
      headers: { cookie, 'content-type': type, origin: ORIGIN },
      body: new Uint8Array(body),
    }),
    { params: Promise.resolve({ id }) },
  );
}
const get = (cookie: string | undefined, id: string, headers: Record<string, string> = {}) =>
  getRecording(new Request(`${ORIGIN}/api/v1/rehearsals/${id}/recording`, { headers: { ...(cookie ? { cookie } : {}), ...headers } }), {
    params: Promise.resolve({ id }),
  });

afterEach(() => {
  delete process.env.RECORDINGS_QUOTA_MB;
});

describe('recordings', () => {
  it('stores a recording with its analysis, serves it whole and by range to its owner only, and lists it with the rehearsal', async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const id = await rehearsal(me.cookie);
    const res = await put(me.cookie, id, wav);
    expect(res.status).toBe(201);
    const saved = await res.json();
    expect(saved).toMatchObject({ mimeType: 'audio/wav', bytes: wav.length, ...analysis });

    const whole = await get(me.cookie, id);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/wav');
    expect(whole.headers.get('cache-control')).toContain('private');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(wav)).toBe(true);

    const part = await get(me.cookie, id, { range: 'bytes=0-99' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${wav.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(wav.subarray(0, 100))).toBe(true);
    const tail = await get(me.cookie, id, { range: 'bytes=-10' });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(wav.subarray(wav.length - 10))).toBe(true);
    expect((await get(me.cookie, id, { range: `bytes=${wav.length}-` })).status).toBe(416);

    // The owner reached it above, so these 404s are about ownership.
    await expectProblem(await get(other.cookie, id), 404);
    await expectProblem(await put(other.cookie, id, wav), 404);
    await expectProblem(
      await deleteRecording(new Request(`${ORIGIN}/x`, { method: 'DELETE', headers: { cookie: other.cookie, origin: ORIGIN } }), {
        params: Promise.resolve({ id }),
      }),
      404,
    );
    await expectProblem(await get(undefined, id), 401);

    const list = await (
      await listRehearsals(new Request(`${ORIGIN}/api/v1/rehearsals`, { headers: { cookie: me.cookie } }), { params: Promise.resolve({}) })
    ).json();
    expect(list.items[0].recording).toMatchObject({ url: `/api/v1/rehearsals/${id}/recording`, pauseCount: 1 });
    const one = await (
      await getRehearsal(new Request(`${ORIGIN}/x`, { headers: { cookie: me.cookie } }), { params: Promise.resolve({ id }) })
    ).json();
    expect(one.recording.bytes).toBe(wav.length);
  });

  it('refuses what is not audio (415), lies about its type (415), is over 10 MB (413) or lacks a valid analysis (400), and keeps nothing', async () => {
    const me = await createTestUser();
    const id = await rehearsal(me.cookie);
    await expectProblem(await put(me.cookie, id, wav, 'text/plain'), 415);
    await expectProblem(await put(me.cookie, id, wav, 'audio/webm'), 415);
    await expectProblem(await put(me.cookie, id, new TextEncoder().encode('<script>'), 'audio/wav'), 415);
    const big = Buffer.concat([wav, Buffer.alloc(10 * 1024 * 1024)]);
    await expectProblem(await put(me.cookie, id, big), 413);
    await expectProblem(await put(me.cookie, id, wav, 'audio/wav', ''), 400);
    await expectProblem(await put(me.cookie, id, wav, 'audio/wav', 'analysis=%7Bnot json'), 400);
    const bad = await expectProblem(
      await put(me.cookie, id, wav, 'audio/wav', `analysis=${encodeURIComponent(JSON.stringify({ ...analysis, pauseCount: 3 }))}`),
      400,
    );
    expect(Object.keys(bad.errors ?? {})).toContain('analysis.pauseCount');
    await expectProblem(await get(me.cookie, id), 404);
  });

  it('answers 409 when the quota is full, saving nothing, and frees room when recordings are deleted', async () => {
    process.env.RECORDINGS_QUOTA_MB = '1';
    const me = await createTestUser();
    const half = wavBytes([['tone', 20]]); // 640 kB
    const first = await rehearsal(me.cookie);
    const second = await rehearsal(me.cookie);
    expect((await put(me.cookie, first, half)).status).toBe(201);
    const full = await expectProblem(await put(me.cookie, second, half), 409);
    expect(full.detail).toMatch(/1 MB limit/);
    await expectProblem(await get(me.cookie, second), 404);
    // Replacing the same rehearsal's recording counts its old bytes as freed.
    expect((await put(me.cookie, first, half)).status).toBe(201);

    const s = await (
      await settings(new Request(`${ORIGIN}/x`, { headers: { cookie: me.cookie } }), { params: Promise.resolve({}) })
    ).json();
    expect(s).toMatchObject({ retentionDays: null, usedBytes: half.length, quotaBytes: 1024 * 1024 });
    const cleared = await deleteAll(new Request(`${ORIGIN}/x`, { method: 'DELETE', headers: { cookie: me.cookie, origin: ORIGIN } }), {
      params: Promise.resolve({}),
    });
    expect(await cleared.json()).toEqual({ deleted: 1 });
    expect((await put(me.cookie, second, half)).status).toBe(201);
  });

  it('purges recordings older than the chosen retention, and keeps them all when kept forever', async () => {
    const me = await createTestUser();
    const keeper = await createTestUser();
    const mine = await rehearsal(me.cookie);
    const theirs = await rehearsal(keeper.cookie);
    expect((await put(me.cookie, mine, wav)).status).toBe(201);
    expect((await put(keeper.cookie, theirs, wav)).status).toBe(201);
    getDb().$client.prepare("UPDATE recordings SET created_at = '2020-01-01T00:00:00.000Z'").run();
    const res = await setRetention(
      new Request(`${ORIGIN}/x`, {
        method: 'PATCH',
        headers: { cookie: me.cookie, origin: ORIGIN, 'content-type': 'application/json' },
        body: JSON.stringify({ days: 30 }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(200);
    expect((await res.json()).retentionDays).toBe(30);
    // A bad retention is refused beside the field and leaves the setting as it was.
    for (const days of [0, 1.5, 'forever', 99999]) {
      const bad = await setRetention(
        new Request(`${ORIGIN}/x`, {
          method: 'PATCH',
          headers: { cookie: me.cookie, origin: ORIGIN, 'content-type': 'application/json' },
          body: JSON.stringify({ days }),
        }),
        { params: Promise.resolve({}) },
      );
      expect((await expectProblem(bad, 400)).errors?.days).toBeDefined();
    }
    const kept = await (
      await settings(new Request(`${ORIGIN}/x`, { headers: { cookie: me.cookie } }), { params: Promise.resolve({}) })
    ).json();
    expect(kept.retentionDays).toBe(30);
    await expectProblem(await get(me.cookie, mine), 404);
    expect((await get(keeper.cookie, theirs)).status).toBe(200);
    expect(purgeExpiredRecordings(new Date())).toBe(0);
  });
});
