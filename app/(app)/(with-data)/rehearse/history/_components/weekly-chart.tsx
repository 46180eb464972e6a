/** Rehearsals per week as bars, with every count written out for screen readers and print. */
export function WeeklyChart({ weeks }: { weeks: { weekStart: string; count: number }[] }) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const W = 24;
  const H = 100;
  return (
    <figure>
      <svg viewBox={`0 0 ${weeks.length * W} ${H + 16}`} className="h-40 w-full" role="img" aria-labelledby="weekly-caption">
        {weeks.map((w, i) => {
          const h = (w.count / max) * H;
          return (
            <g key={w.weekStart}>
              <rect x={i * W + 4} y={H - h} width={W - 8} height={Math.max(h, 1)} rx={2} fill={w.count ? '#2f55d4' : '#cbd5e1'} />
              {w.count > 0 && (
                <text x={i * W + W / 2} y={H - h - 2} textAnchor="middle" fontSize={8} fill="#0f172a">
                  {w.count}
                </text>
              )}
              <text x={i * W + W / 2} y={H + 12} textAnchor="middle" fontSize={6} fill="#64748b">
                {w.weekStart.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id="weekly-caption" className="sr-only">
        Rehearsals per week, last 12 weeks: {weeks.map((w) => `week of ${w.weekStart}: ${w.count}`).join('; ')}
      </figcaption>
    </figure>
  );
}
