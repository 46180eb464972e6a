import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { GET as calendar } from '@/app/api/v1/calendar.ics/route';
import { GET as brief } from '@/app/api/v1/roles/[id]/brief/route';
import { GET as roleCalendar } from '@/app/api/v1/roles/[id]/calendar.ics/route';
import { DELETE as deleteInterview, PATCH as patchInterview } from '@/app/api/v1/roles/[id]/interviews/[interviewId]/route';
import { GET as listInterviews, POST as createInterview } from '@/app/api/v1/roles/[id]/interviews/route';
import { DELETE as deleteRole, GET as getRole, PATCH as patchRole } from '@/app/api/v1/roles/[id]/route';
import { GET as listRoles, POST as createRole } from '@/app/api/v1/roles/route';
import { POST as createContact } from '@/app/api/v1/contacts/route';
import { POST as createStory } from '@/app/api/v1/stories/route';
import { fiveReadyStories } from '../fixtures/five-stories';
import { postings } from '../fixtures/postings';
import { call, createTestUser, expectProblem } from '../helpers/api';

const posting = postings.find((p) => p.id === 'fintech-reliability')!;
const roleBody = {
  company: posting.company,
  title: posting.title,
  industry: posting.industry,
  posting: posting.text,
  postingUrl: 'https://jobs.example.com/42',
  status: 'applied',
  notes: 'Ask how on-call is shared?',
};

async function newRole(cookie: string, body: unknown = roleBody) {
  const res = await call(createRole, { method: 'POST', cookie, body });
  expect(res.status).toBe(201);
  return res.json();
}
const inDays = (days: number, hour = 15) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString().replace('.000Z', '+00:00');
};

describe('roles', () => {
  it('creates a role and answers it with the posting analysis', async () => {
    const { cookie } = await createTestUser();
    const role = await newRole(cookie);
    expect(role).toMatchObject({ company: posting.company, status: 'applied', postingUrl: 'https://jobs.example.com/42' });
    expect(posting.stresses.themes).toContain(role.analysis.themes[0].id);
    expect(role.analysis.themes[0]).toEqual({
      id: expect.any(String),
      label: expect.any(String),
      weight: expect.any(Number),
      evidence: expect.any(Array),
    });
    expect(role.analysis.painPoints[0].id).toBe('reliability');
    expect(role.analysis.missingTerms).toEqual(expect.arrayContaining(['Kubernetes']));
    const list = await (await call(listRoles, { cookie })).json();
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([role.id]);
  });

  it('refuses bad input beside the field, and a posting link that is not http(s)', async () => {
    const { cookie } = await createTestUser();
    const bad = await expectProblem(
      await call(createRole, { method: 'POST', cookie, body: { ...roleBody, postingUrl: 'javascript:alert(1)' } }),
      400,
    );
    expect(bad.errors?.postingUrl).toBeDefined();
    const long = await expectProblem(
      await call(createRole, { method: 'POST', cookie, body: { ...roleBody, posting: 'x'.repeat(30_001) } }),
      400,
    );
    expect(long.errors?.posting).toBeDefined();
    const status = await expectProblem(await call(createRole, { method: 'POST', cookie, body: { ...roleBody, status: 'hired' } }), 400);
    expect(status.errors?.status).toBeDefined();
    await expectProblem(await call(createRole, { method: 'POST', cookie, body: { title: 'No company' } }), 400);
    expect((await (await call(listRoles, { cookie })).json()).items).toEqual([]);
  });

  it("answers 404 for another user's role, its interviews, brief and calendar", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const role = await newRole(owner.cookie);
    const params = { id: role.id };
    // The owner can reach it, so the 404s below are about ownership.
    expect((await call(getRole, { cookie: owner.cookie, params })).status).toBe(200);
    await expectProblem(await call(getRole, { cookie: other.cookie, params }), 404);
    await expectProblem(await call(patchRole, { method: 'PATCH', cookie: other.cookie, params, body: { status: 'closed' } }), 404);
    await expectProblem(await call(deleteRole, { method: 'DELETE', cookie: other.cookie, params }), 404);
    await expectProblem(await call(listInterviews, { cookie: other.cookie, params }), 404);
    await expectProblem(
      await call(createInterview, { method: 'POST', cookie: other.cookie, params, body: { startsAt: inDays(2), round: 'peer' } }),
      404,
    );
    await expectProblem(await call(brief, { cookie: other.cookie, params }), 404);
    await expectProblem(await call(roleCalendar, { cookie: other.cookie, params }), 404);
    expect((await call(getRole, { cookie: owner.cookie, params })).status).toBe(200);
  });

  it('deleting a role removes its interviews', async () => {
    const { cookie } = await createTestUser();
    const role = await newRole(cookie);
    const params = { id: role.id };
    expect((await call(createInterview, { method: 'POST', cookie, params, body: { startsAt: inDays(2), round: 'peer' } })).status).toBe(
      201,
    );
    expect((await call(deleteRole, { method: 'DELETE', cookie, params })).status).toBe(204);
    await expectProblem(await call(listInterviews, { cookie, params }), 404);
    const ics = await (await call(calendar, { cookie })).text();
    expect(ics).not.toContain('BEGIN:VEVENT');
  });
});

describe('interviews and debriefs', () => {
  it('adds, edits with a debrief, and deletes an interview; a debrief may only name my stories', async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const role = await newRole(me.cookie);
    const params = { id: role.id };
    const res = await call(createInterview, {
      method: 'POST',
      cookie: me.cookie,
      params,
      body: {
        startsAt: '2026-12-03T16:00:00+01:00',
        timeZone: 'Europe/Berlin',
        durationMinutes: 60,
        round: 'hiring_manager',
        interviewers: 'Priya',
      },
    });
    expect(res.status).toBe(201);
    const interview = await res.json();
    expect(interview).toMatchObject({ startsAtUtc: '2026-12-03T15:00:00.000Z', endsAt: '2026-12-03T16:00:00.000Z', debrief: null });

    const mine = await (await call(createStory, { method: 'POST', cookie: me.cookie, body: fiveReadyStories[0] })).json();
    const theirs = await (await call(createStory, { method: 'POST', cookie: other.cookie, body: fiveReadyStories[0] })).json();
    const ip = { id: role.id, interviewId: interview.id };
    const refused = await expectProblem(
      await call(patchInterview, {
        method: 'PATCH',
        cookie: me.cookie,
        params: ip,
        body: { debrief: { questions: ['Q'], storyIds: [theirs.id], rating: 3 } },
      }),
      400,
    );
    expect(refused.errors?.debrief).toBeDefined();
    await expectProblem(
      await call(patchInterview, {
        method: 'PATCH',
        cookie: me.cookie,
        params: ip,
        body: { debrief: { questions: [], storyIds: [], rating: 5 } },
      }),
      400,
    );
    await expectProblem(
      await call(patchInterview, { method: 'PATCH', cookie: me.cookie, params: ip, body: { startsAt: '2026-12-03 16:00' } }),
      400,
    );
    await expectProblem(
      await call(patchInterview, { method: 'PATCH', cookie: me.cookie, params: ip, body: { timeZone: 'Mars/Olympus' } }),
      400,
    );

    const debriefed = await call(patchInterview, {
      method: 'PATCH',
      cookie: me.cookie,
      params: ip,
      body: { debrief: { questions: ['Tell me about an outage you led.'], storyIds: [mine.id], rating: 3 } },
    });
    expect(debriefed.status).toBe(200);
    const b = await (await call(brief, { cookie: me.cookie, params })).json();
    expect(b.toldBefore).toEqual([{ storyId: mine.id, title: mine.title, interviewId: interview.id }]);

    await expectProblem(await call(patchInterview, { method: 'PATCH', cookie: other.cookie, params: ip, body: { notes: 'x' } }), 404);
    expect((await call(deleteInterview, { method: 'DELETE', cookie: me.cookie, params: ip })).status).toBe(204);
    await expectProblem(await call(deleteInterview, { method: 'DELETE', cookie: me.cookie, params: ip }), 404);
  });
});

describe('GET /api/v1/roles/:id/brief', () => {
  it('leads with my ready stories on the stressed themes, names gaps with links, and brings in contacts at the company', async () => {
    const { cookie } = await createTestUser();
    const incident = await (
      await call(createStory, { method: 'POST', cookie, body: fiveReadyStories.find((s) => s.themes[0] === 'incident_leadership') })
    ).json();
    await call(createContact, {
      method: 'POST',
      cookie,
      body: { name: 'Dana', company: posting.company, metOn: '2026-10-01', painPoints: ['cost'], notes: 'Cloud bill doubled.' },
    });
    const role = await newRole(cookie);
    const b = await (await call(brief, { cookie, params: { id: role.id } })).json();
    expect(b.role.id).toBe(role.id);
    const lead = b.lead.find((l: { key: string }) => l.key === 'theme:incident_leadership');
    expect(lead.story.id).toBe(incident.id);
    const crossTeam = b.lead.find((l: { key: string }) => l.key === 'theme:cross_team_alignment');
    expect(crossTeam.story).toBeNull();
    expect(b.gaps).toContainEqual(
      expect.objectContaining({ key: 'theme:cross_team_alignment', href: '/stories/new?theme=cross_team_alignment' }),
    );
    expect(b.painPoints.find((p: { id: string }) => p.id === 'cost').from).toEqual(['Dana']);
    expect(b.questionsToAsk[0]).toBe('Ask how on-call is shared?');
  });
});

describe('calendars', () => {
  it('gives upcoming interviews and follow-ups as RFC 5545, which a real parser reads back exactly', async () => {
    const { cookie } = await createTestUser();
    const role = await newRole(cookie, { ...roleBody, company: 'Acme, Inc.; Europe', title: 'EM\nPlatform' });
    const params = { id: role.id };
    const longNotes = `Bring the SLO one-pager; ask about "error budgets", on-call \\ rotations. ${'Details. '.repeat(20)}`;
    const created = await (
      await call(createInterview, {
        method: 'POST',
        cookie,
        params,
        body: { startsAt: inDays(5), timeZone: 'America/New_York', durationMinutes: 45, round: 'system_design', notes: longNotes },
      })
    ).json();
    await call(createInterview, { method: 'POST', cookie, params, body: { startsAt: inDays(-30), round: 'recruiter' } });
    const followUp = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await call(createContact, { method: 'POST', cookie, body: { name: 'Sam', metOn: '2026-10-01', followUpOn: followUp } });

    const res = await call(calendar, { cookie });
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('private');
    const text = await res.text();
    // Lines are folded at 75 octets and end in CRLF.
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const vcal = new ICAL.Component(ICAL.parse(text));
    for (const tz of vcal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const events = vcal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(2); // the past interview is left out
    const interview = events.find((e) => e.uid === `interview-${created.id}@starboard`)!;
    expect(interview.summary).toBe('Acme, Inc.; Europe: EM\nPlatform (system design)');
    expect(interview.description).toBe(longNotes);
    expect(interview.startDate.zone.tzid).toBe('America/New_York');
    expect(interview.startDate.toJSDate().toISOString()).toBe(created.startsAtUtc);
    expect(interview.endDate.toJSDate().toISOString()).toBe(created.endsAt);
    expect(vcal.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')).toBeTruthy();
    const follow = events.find((e) => e.summary === 'Follow up with Sam')!;
    expect(follow.startDate.isDate).toBe(true);
    expect(follow.startDate.toString()).toBe(followUp);

    // Stable: the same data gives the same calendar.
    expect(await (await call(calendar, { cookie })).text()).toBe(text);
    const roleOnly = await (await call(roleCalendar, { cookie, params })).text();
    expect(roleOnly).toContain(`UID:interview-${created.id}@starboard`);
    expect(roleOnly).not.toContain('Follow up with Sam');
    await expectProblem(await call(calendar, {}), 401);
  });
});

describe('rehearsing for a role', () => {
  it('leans draws toward the posting, shapes a recruiter mock with questions that need no story, and 404s for a role not mine', async () => {
    const { POST: draw } = await import('@/app/api/v1/rehearsals/draw/route');
    const { POST: mock } = await import('@/app/api/v1/rehearsals/mock/route');
    const { POST: logRehearsal } = await import('@/app/api/v1/rehearsals/route');
    const me = await createTestUser();
    const other = await createTestUser();
    const role = await newRole(me.cookie, {
      company: 'Pager Co',
      title: 'EM',
      posting: postings.find((p) => p.id === 'gaming-sre-paragraph')!.text,
    });
    expect(role.analysis.themes[0].id).toBe('incident_leadership');
    let onTheme = 0;
    for (let i = 0; i < 100; i++) {
      const drawn = await (await call(draw, { method: 'POST', cookie: me.cookie, body: { roleId: role.id } })).json();
      if (drawn.prompt.themes.includes('incident_leadership')) onTheme++;
      expect(drawn.prompt.id).not.toMatch(/^builtin\.nostory\./);
    }
    // Incident prompts are about a fifth of the built-ins; the posting makes them about half the draws
    // (a binomial with mean near 50: the bar of 35 is about three standard deviations below it).
    expect(onTheme).toBeGreaterThan(35);

    const res = await call(mock, { method: 'POST', cookie: me.cookie, body: { roleId: role.id, round: 'recruiter' } });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items).toHaveLength(5);
    for (const item of items.slice(0, 3)) {
      expect(item.prompt.id).toMatch(/^builtin\.nostory\./);
      expect(item.suggestions).toEqual([]);
      expect(item.note).toMatch(/not a leadership story/);
    }
    expect(items.slice(3).every((i: { prompt: { themes: string[] } }) => i.prompt.themes.length > 0)).toBe(true);
    // A no-story prompt can be rated like any other.
    const logged = await call(logRehearsal, {
      method: 'POST',
      cookie: me.cookie,
      body: { promptId: items[0].prompt.id, durationSeconds: 40, rating: 'good' },
    });
    expect(logged.status).toBe(201);

    await expectProblem(await call(draw, { method: 'POST', cookie: other.cookie, body: { roleId: role.id } }), 404);
    await expectProblem(await call(mock, { method: 'POST', cookie: other.cookie, body: { roleId: role.id } }), 404);
    await expectProblem(await call(mock, { method: 'POST', cookie: me.cookie, body: { round: 'lunch' } }), 400);
  });
});
