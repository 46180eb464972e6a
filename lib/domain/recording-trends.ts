/** Talk time and pauses week by week, from recorded rehearsals: is the answer getting tighter? */
export type RecordingTrend = { weekStart: string; answers: number; averageSpeakingSeconds: number; averagePauses: number };

type Recorded = { createdAt: string; recording: { speakingSeconds: number; pauseCount: number } | null };

/** The Monday (UTC) of an instant's week, as YYYY-MM-DD. */
function weekStartOf(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day)).toISOString().slice(0, 10);
}

/** Per week (oldest first, at most `weeks`), the number of recorded answers, their average talk time and pauses. */
export function recordingTrends(rehearsals: readonly Recorded[], weeks = 8): RecordingTrend[] {
  const byWeek = new Map<string, { n: number; speaking: number; pauses: number }>();
  for (const r of rehearsals) {
    if (!r.recording) continue;
    const key = weekStartOf(r.createdAt);
    const w = byWeek.get(key) ?? { n: 0, speaking: 0, pauses: 0 };
    w.n++;
    w.speaking += r.recording.speakingSeconds;
    w.pauses += r.recording.pauseCount;
    byWeek.set(key, w);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(-weeks)
    .map(([weekStart, w]) => ({
      weekStart,
      answers: w.n,
      averageSpeakingSeconds: Math.round(w.speaking / w.n),
      averagePauses: Math.round((w.pauses / w.n) * 10) / 10,
    }));
}
