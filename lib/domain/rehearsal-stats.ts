import type { RehearsalRating } from '@/lib/guide/enums';

export type RehearsalFact = { createdAt: string; durationSeconds: number; rating: RehearsalRating; themes: readonly string[] };

export type ThemeRatings = { theme: string; count: number; averageRating: number | null } & Record<RehearsalRating, number>;

export type RehearsalStats = {
  total: number;
  perWeek: { weekStart: string; count: number }[];
  streakDays: number;
  averageDurationSeconds: number | null;
  byTheme: ThemeRatings[];
  dueNow: number;
};

const SCORE: Record<RehearsalRating, number> = { again: 1, hard: 2, good: 3, easy: 4 };
const DAY = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday (UTC) of the week holding this instant. */
function weekStart(ms: number): number {
  const d = new Date(ms);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return midnight - ((d.getUTCDay() + 6) % 7) * DAY;
}

/**
 * Rehearsal history in numbers: the last 12 weeks, the current daily streak (today, or up to
 * yesterday if today has none yet), average duration, and ratings by theme with the weakest first.
 * Days are UTC days.
 */
export function computeRehearsalStats(
  facts: readonly RehearsalFact[],
  themes: readonly string[],
  now: Date,
  dueNow: number,
): RehearsalStats {
  const nowMs = now.getTime();
  const thisWeek = weekStart(nowMs);
  const perWeek = Array.from({ length: 12 }, (_, i) => ({ start: thisWeek - (11 - i) * 7 * DAY, count: 0 }));
  const days = new Set<string>();
  for (const f of facts) {
    const at = Date.parse(f.createdAt);
    days.add(utcDay(at));
    const w = perWeek.find((x) => at >= x.start && at < x.start + 7 * DAY);
    if (w) w.count += 1;
  }

  let streakDays = 0;
  let cursor = days.has(utcDay(nowMs)) ? nowMs : nowMs - DAY;
  while (days.has(utcDay(cursor))) {
    streakDays += 1;
    cursor -= DAY;
  }

  const byTheme = themes.map((theme) => {
    const rated = facts.filter((f) => f.themes.includes(theme));
    const counts = { again: 0, hard: 0, good: 0, easy: 0 };
    for (const f of rated) counts[f.rating] += 1;
    const averageRating = rated.length ? Math.round((rated.reduce((s, f) => s + SCORE[f.rating], 0) / rated.length) * 100) / 100 : null;
    return { theme, count: rated.length, averageRating, ...counts };
  });
  // Never rehearsed counts as weakest; then the lowest average; ties keep the guide's order.
  byTheme.sort((a, b) => (a.averageRating ?? 0) - (b.averageRating ?? 0));

  const total = facts.length;
  return {
    total,
    perWeek: perWeek.map((w) => ({ weekStart: utcDay(w.start), count: w.count })),
    streakDays,
    averageDurationSeconds: total ? Math.round(facts.reduce((s, f) => s + f.durationSeconds, 0) / total) : null,
    byTheme,
    dueNow,
  };
}
