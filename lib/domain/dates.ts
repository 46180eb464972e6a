/** The local calendar date of an instant as YYYY-MM-DD. */
export function isoDay(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoDay(new Date(y, m - 1, d + days));
}

export type FollowUpState = 'overdue' | 'due_this_week' | 'later' | 'none';

/** Where a follow-up date stands relative to today: overdue, due within 7 days, later, or none. */
export function followUpState(followUpOn: string | null, today: string): FollowUpState {
  if (!followUpOn) return 'none';
  if (followUpOn < today) return 'overdue';
  if (followUpOn <= addDays(today, 7)) return 'due_this_week';
  return 'later';
}
