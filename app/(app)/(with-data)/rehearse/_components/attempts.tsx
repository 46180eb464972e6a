import { estimatedPace } from '@/lib/domain/speech-analysis';
import type { RehearsalDto } from '@/lib/validation/rehearsal';
import { PauseTimeline } from './take-view';

const day = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(new Date(iso));

/** Earlier attempts at this prompt side by side, and the last recorded one to listen to before answering again. */
export function Attempts({ attempts, wordsOf }: { attempts: RehearsalDto[]; wordsOf: (storyId: string) => number | undefined }) {
  if (attempts.length === 0) return null;
  const lastRecorded = attempts.find((a) => a.recording);
  // A pace needs the words said: the told story's length over the speaking time, so an estimate.
  const pace = (a: RehearsalDto) => {
    const words = a.storyId ? wordsOf(a.storyId) : undefined;
    const wpm = a.recording && words ? estimatedPace(words, a.recording.speakingSeconds) : null;
    return wpm === null ? null : `${wpm} wpm`;
  };
  return (
    <section aria-labelledby="attempts-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="attempts-heading" className="font-semibold">
        Your attempts at this prompt
      </h2>
      {lastRecorded?.recording && (
        <div className="space-y-1">
          <p className="text-sm font-medium">Listen to your last attempt</p>
          <audio controls preload="none" src={lastRecorded.recording.url} className="w-full" data-testid="last-attempt" />
          <PauseTimeline analysis={lastRecorded.recording} />
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th className="pr-3 font-medium">Date</th>
              <th className="pr-3 font-medium">Length</th>
              <th className="pr-3 font-medium">Speaking</th>
              <th className="pr-3 font-medium">Pauses</th>
              <th className="pr-3 font-medium">Pace (est.)</th>
              <th className="font-medium">Rating</th>
            </tr>
          </thead>
          <tbody>
            {attempts.slice(0, 6).map((a) => (
              <tr key={a.id} className="border-t border-slate-100">
                <td className="pr-3">{day(a.createdAt)}</td>
                <td className="pr-3">{Math.round(a.recording?.durationSeconds ?? a.durationSeconds)} s</td>
                <td className="pr-3">{a.recording ? `${Math.round(a.recording.speakingSeconds)} s` : '–'}</td>
                <td className="pr-3">{a.recording ? a.recording.pauseCount : '–'}</td>
                <td className="pr-3">{pace(a) ?? '–'}</td>
                <td>{a.rating}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
