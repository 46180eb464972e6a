import 'server-only';
import { ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { contactQueries } from '@/db/queries/contacts';
import { listInterviewsByUser, roleQueries } from '@/db/queries/roles';
import { wallClock } from '@/lib/domain/zoned-time';
import { notFound } from '@/lib/errors';
import { roundLabels } from '@/lib/guide/role-labels';

/** VTIMEZONE blocks from the tz data shipped in timezones-ical-library, so clients need not guess the zone. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

/**
 * For a zoned event, ical-generator prints a Date's local (server time zone) fields as the zone's
 * wall time, so it gets a Date whose local fields are that wall time, whatever zone the server runs in.
 */
function wallTimeAsLocalFields(instant: Date, zone: string): Date {
  const w = wallClock(instant, zone);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/**
 * The user's interviews (those of one role when `roleId` is given) and, for the whole calendar,
 * contact follow-ups, as an RFC 5545 calendar. UIDs are the rows' ids, so re-importing updates
 * events instead of duplicating them; DTSTAMP is the row's last change.
 */
export function calendarFor(userId: string, now: Date, roleId?: string): string {
  const roles = new Map(roleQueries.list({ userId }).map((r) => [r.id, r]));
  if (roleId && !roles.has(roleId)) throw notFound('role');
  const cal = new ICalCalendar({
    prodId: { company: 'Starboard', product: 'Starboard', language: 'EN' },
    name: roleId ? `Interviews: ${roles.get(roleId)!.company}` : 'Starboard interviews',
  });
  cal.timezone({ name: null, generator: vtimezone });
  // Upcoming, plus a week back so an interview that just happened stays visible for its debrief.
  const since = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  for (const i of listInterviewsByUser({ userId })) {
    if ((roleId && i.roleId !== roleId) || i.startsAtUtc < since) continue;
    const role = roles.get(i.roleId)!;
    const start = new Date(i.startsAtUtc);
    const end = new Date(start.getTime() + i.durationMinutes * 60_000);
    const zone = i.timeZone || null;
    cal.createEvent({
      id: `interview-${i.id}@starboard`,
      stamp: new Date(i.updatedAt),
      start: zone ? wallTimeAsLocalFields(start, zone) : start,
      end: zone ? wallTimeAsLocalFields(end, zone) : end,
      timezone: zone,
      summary: `${role.company}: ${role.title} (${roundLabels[i.round].toLowerCase()})`,
      description: [i.interviewers && `With: ${i.interviewers}`, i.notes].filter(Boolean).join('\n\n') || null,
    });
  }
  if (!roleId) {
    const today = now.toISOString().slice(0, 10);
    for (const c of contactQueries.list({ userId })) {
      if (!c.followUpOn || c.followUpOn < today) continue;
      const [y, m, d] = c.followUpOn.split('-').map(Number) as [number, number, number];
      cal.createEvent({
        id: `follow-up-${c.id}@starboard`,
        stamp: new Date(c.updatedAt),
        start: new Date(Date.UTC(y, m - 1, d)),
        allDay: true,
        summary: `Follow up with ${c.name}${c.company ? ` (${c.company})` : ''}`,
        description: c.notes || null,
      });
    }
  }
  return cal.toString();
}
