import { SPEAKING_MAX_SECONDS, SPEAKING_MIN_SECONDS } from '@/lib/domain/star-lint';

const SCALE = 240;
const pct = (s: number) => `${(Math.min(s, SCALE) / SCALE) * 100}%`;

/** Speaking time against the 60 to 180 second band. */
export function SpeakingMeter({ seconds, words }: { seconds: number; words: number }) {
  const inBand = seconds >= SPEAKING_MIN_SECONDS && seconds <= SPEAKING_MAX_SECONDS;
  const verdict = seconds < SPEAKING_MIN_SECONDS ? 'too short' : seconds > SPEAKING_MAX_SECONDS ? 'too long' : 'in the band';
  return (
    <div>
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium">Speaking time</span>
        <span data-testid="speaking-time" className={inBand ? 'text-green-700' : 'text-amber-800'}>
          ~{seconds} s · {words} words · {verdict}
        </span>
      </div>
      <div
        role="meter"
        aria-label="Speaking time in seconds"
        aria-valuemin={0}
        aria-valuemax={SCALE}
        aria-valuenow={Math.min(seconds, SCALE)}
        aria-valuetext={`${seconds} seconds, ${verdict}; aim for ${SPEAKING_MIN_SECONDS} to ${SPEAKING_MAX_SECONDS}`}
        className="relative mt-2 h-3 rounded-full bg-slate-200"
      >
        <div
          className="absolute inset-y-0 rounded-full bg-green-200"
          style={{ left: pct(SPEAKING_MIN_SECONDS), width: `calc(${pct(SPEAKING_MAX_SECONDS)} - ${pct(SPEAKING_MIN_SECONDS)})` }}
        />
        <div
          className={`absolute inset-y-0 left-0 rounded-full ${inBand ? 'bg-green-600' : 'bg-amber-500'}`}
          style={{ width: pct(seconds) }}
        />
      </div>
      <div className="mt-1 flex justify-between text-xs text-slate-500">
        <span>0</span>
        <span>
          {SPEAKING_MIN_SECONDS}–{SPEAKING_MAX_SECONDS} s target
        </span>
        <span>{SCALE} s</span>
      </div>
    </div>
  );
}
