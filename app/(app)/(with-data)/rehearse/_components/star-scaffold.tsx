/** A two-minute answer, budgeted: most of the time goes to what you did. */
export function StarScaffold() {
  const rows = [
    ['Situation', '~15 s', 'Team, system, stakes.'],
    ['Task', '~10 s', 'What you owned.'],
    ['Action', '~60 s', 'What you did, with "I".'],
    ['Result', '~20 s', 'The number, and when.'],
  ];
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">STAR scaffold for a 2-minute answer</summary>
      <dl className="mt-2 grid grid-cols-[auto_auto_1fr] gap-x-3 gap-y-1">
        {rows.map(([part, time, hint]) => (
          <div key={part} className="contents">
            <dt className="font-semibold">{part}</dt>
            <dd className="tabular-nums text-slate-600">{time}</dd>
            <dd>{hint}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
