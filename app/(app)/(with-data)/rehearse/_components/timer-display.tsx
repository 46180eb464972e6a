const TARGET = 120;
const LIMIT = 180;

/** mm:ss against a 2-minute target: calm under 2, amber to 3, red beyond. */
export function TimerDisplay({ seconds, running }: { seconds: number; running: boolean }) {
  const tone = seconds > LIMIT ? 'text-red-700' : seconds > TARGET ? 'text-amber-700' : 'text-slate-900';
  const note =
    seconds > LIMIT ? 'Over 3 minutes: land the result now' : seconds > TARGET ? 'Past the 2-minute target' : 'Target: 2 minutes';
  const mm = String(Math.floor(seconds / 60)).padStart(1, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return (
    <div className="text-center">
      <p className={`font-mono text-5xl font-bold tabular-nums ${tone}`} data-testid="timer" data-running={running} aria-live="off">
        {mm}:{ss}
      </p>
      <p className={`text-sm ${tone}`} aria-live="polite">
        {running ? 'Running · ' : ''}
        {note}
      </p>
    </div>
  );
}
