import 'server-only';
import { listUpcomingInterviews } from '@/db/queries/roles';

/**
 * Interviews in the next `days` days (with the role's company and title), soonest first, for the
 * dashboard. Kept apart from the roles use-cases so the dashboard does not load the posting
 * analysis (and its question model) to show a list of dates.
 */
export function upcomingInterviewsFor(userId: string, now: Date, days = 14) {
  return listUpcomingInterviews({ userId, from: now.toISOString(), to: new Date(now.getTime() + days * 86_400_000).toISOString() });
}
