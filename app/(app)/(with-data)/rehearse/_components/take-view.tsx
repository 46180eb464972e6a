import { estimatedPace, PACE_BAND } from '@/lib/domain/speech-analysis';
import type { SpeechAnalysis } from '@/lib/domain/speech-analysis';

const secs = (s: number) => (s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s * 10) / 10} s`);

/** A simple timeline of the answer with each long pause marked where it fell. */
export function PauseTimeline({ analysis }: { analysis: Pick<SpeechAnalysis, 'durationSeconds' | 'pauses'> }) {
  const total = Math.max(analysis.durationSeconds, 0.001);
  return (
    <div className="relative h-3 w-full rounded bg-brand-100" role="img" aria-label={`Timeline: ${analysis.pauses.length} long pauses`}>
      {analysis.pauses.map((p) => (
        <span
          key={p.startSeconds}
          className="absolute top-0 h-3 rounded bg-amber-400"
          style={{ left: `${(p.startSeconds / total) * 100}%`, width: `${Math.max(1, (p.seconds / total) * 100)}%` }}
          title={`Pause of ${p.seconds} s at ${p.startSeconds} s`}
        />
      ))}
    </div>
  );
}

/** What the recording shows: talk time, pauses and, with a story's length, an estimated pace. */
export function TakeFacts({ analysis, storyWords }: { analysis: SpeechAnalysis; storyWords?: number }) {
  const pace = storyWords ? estimatedPace(storyWords, analysis.speakingSeconds) : null;
  const inBand = pace !== null && pace >= PACE_BAND.min && pace <= PACE_BAND.max;
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm" data-testid="take-facts">
      <dt className="text-slate-600">Length</dt>
      <dd data-testid="take-duration">{secs(analysis.durationSeconds)}</dd>
      <dt className="text-slate-600">Speaking</dt>
      <dd>
        {secs(analysis.speakingSeconds)} ({Math.round(analysis.speakingShare * 100)}% of the answer)
      </dd>
      <dt className="text-slate-600">Pauses of 1.5 s+</dt>
      <dd data-testid="take-pauses">
        {analysis.pauseCount === 0
          ? 'none'
          : `${analysis.pauseCount}, longest ${secs(analysis.longestPauseSeconds)} (at ${analysis.pauses.map((p) => `${Math.round(p.startSeconds)} s`).join(', ')})`}
      </dd>
      {pace !== null && (
        <>
          <dt className="text-slate-600">Pace (estimate)</dt>
          <dd>
            {pace} words/min {inBand ? '· in the 130–160 band' : pace < PACE_BAND.min ? '· slower than 130' : '· faster than 160'}
          </dd>
        </>
      )}
    </dl>
  );
}
