import Link from 'next/link';
import type { RoleBriefDto } from '@/lib/validation/role';

const cue = (text: string, max = 140) => {
  const first = text.split(/(?<=[.!?])\s+/)[0] ?? '';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
};

/**
 * The role brief as reading matter: what to lead with (STAR cue lines, case study, metric bullets),
 * the gaps, pain points, stories already told and questions to ask. No hooks, so the printable page
 * (a server component) and the role page show the same thing.
 */
export function BriefView({ brief, links = true }: { brief: RoleBriefDto; links?: boolean }) {
  return (
    <div className="space-y-5">
      <section aria-labelledby="lead-heading">
        <h3 id="lead-heading" className="font-semibold">
          Lead with
        </h3>
        {brief.lead.length === 0 ? (
          <p className="text-sm text-slate-600">Paste the posting to see what it stresses and which stories fit.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {brief.lead.map((l) => (
              <li key={l.key} className="break-inside-avoid rounded-lg border border-slate-200 p-3" data-testid="brief-lead">
                <p className="text-sm font-medium text-slate-600">
                  {l.label} <span className="font-normal">· {Math.round(l.weight * 100)}% of the posting&rsquo;s emphasis</span>
                </p>
                {l.story ? (
                  <>
                    <p className="font-semibold">{l.story.title}</p>
                    <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
                      <li>
                        <strong>S</strong> {cue(l.story.situation)}
                      </li>
                      <li>
                        <strong>T</strong> {cue(l.story.task)}
                      </li>
                      <li>
                        <strong>A</strong> {cue(l.story.action)}
                      </li>
                      <li>
                        <strong>R</strong> {cue(l.story.result)}
                      </li>
                    </ul>
                  </>
                ) : (
                  <p className="text-sm text-amber-900">No ready story yet; see the gaps.</p>
                )}
                {l.caseStudy && (
                  <p className="mt-1 text-sm">
                    Case study: <span className="font-medium">{l.caseStudy.title}</span>
                    {l.caseStudy.outcome ? `: ${cue(l.caseStudy.outcome)}` : ''}
                  </p>
                )}
                {l.metrics.length > 0 && (
                  <ul className="mt-1 list-disc pl-5 text-sm">
                    {l.metrics.map((m) => (
                      <li key={m.id}>{m.bullet}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="gaps-heading">
        <h3 id="gaps-heading" className="font-semibold">
          Gaps
        </h3>
        {brief.gaps.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing the posting stresses is missing from your evidence.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {brief.gaps.map((g) => (
              <li key={g.key} className="break-inside-avoid text-sm" data-testid="brief-gap">
                <p className="font-medium text-amber-900">{g.label}</p>
                <p className="text-slate-700">
                  {g.nextAction}{' '}
                  {links && (
                    <Link href={g.href} className="font-medium underline print:hidden">
                      Do it now
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {brief.painPoints.length > 0 && (
        <section aria-labelledby="pain-heading">
          <h3 id="pain-heading" className="font-semibold">
            Their pain points
          </h3>
          <ul className="mt-2 space-y-1 text-sm">
            {brief.painPoints.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{p.label}</span> <span className="text-slate-600">(from {p.from.join(', ')})</span>
                {p.notes.map((n) => (
                  <span key={n} className="block text-slate-700">
                    &ldquo;{n}&rdquo;
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}

      {brief.toldBefore.length > 0 && (
        <section aria-labelledby="told-heading">
          <h3 id="told-heading" className="font-semibold">
            Already told in this loop
          </h3>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {brief.toldBefore.map((t) => (
              <li key={`${t.interviewId}-${t.storyId}`}>{t.title}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="ask-heading">
        <h3 id="ask-heading" className="font-semibold">
          Questions to ask
        </h3>
        <ul className="mt-2 list-disc pl-5 text-sm" data-testid="questions-to-ask">
          {brief.questionsToAsk.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
