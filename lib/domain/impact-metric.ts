import type { MetricDirection } from '@/lib/guide/enums';

export type MetricFacts = {
  label: string;
  direction: MetricDirection;
  baseline: number | null;
  result: number;
  unit: string;
  timeframe: string;
};

/** Signed percent change from baseline to result, one decimal; null when there is no usable baseline. */
export function changePct(baseline: number | null, result: number): number | null {
  if (baseline === null || baseline === 0 || !Number.isFinite(baseline) || !Number.isFinite(result)) return null;
  const pct = Math.round(((result - baseline) / Math.abs(baseline)) * 1000) / 10;
  if (!Number.isFinite(pct)) return null;
  return pct === 0 ? 0 : pct; // no "-0"
}

/** 1234 -> "1,234"; 120000 -> "120k"; 1500000 -> "1.5M"; 0.125 -> "0.13". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  const trim = (x: number, digits: number) => Number(x.toFixed(digits)).toString();
  if (abs >= 1e9) return `${sign}${trim(abs / 1e9, 1)}B`;
  if (abs >= 1e6) return `${sign}${trim(abs / 1e6, 1)}M`;
  if (abs >= 1e4) return `${sign}${trim(abs / 1e3, 1)}k`;
  return `${sign}${Number(abs.toFixed(2)).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

const CURRENCY_PREFIX = /^(\$|€|£|¥|usd|eur|gbp)$/i;

/** A value with its unit as a reader expects: "$120k", "99.9%", "22 min", "40 teams". */
export function withUnit(value: number, unit: string): string {
  const u = unit.trim();
  const n = formatNumber(value);
  if (!u) return n;
  if (CURRENCY_PREFIX.test(u)) return u.length === 1 ? `${u}${n}` : `${n} ${u.toUpperCase()}`;
  if (u === '%' || u === 'x' || u === '×') return `${n}${u}`;
  return `${n} ${u}`;
}

function phraseLabel(label: string): string {
  const t = label.trim();
  const first = t.split(/\s+/)[0] ?? '';
  // Keep acronyms and proper names as typed ("MTTR", "AWS spend"); lower-case ordinary words.
  return first.length > 1 && first === first.toUpperCase() ? t : t.charAt(0).toLowerCase() + t.slice(1);
}

function phraseTimeframe(timeframe: string): string {
  const t = timeframe.trim();
  if (!t) return '';
  return /^(in|over|within|across|during|by|after|from|since|for)\b/i.test(t) ? ` ${t}` : ` over ${t}`;
}

function verbFor(label: string, movement: MetricDirection): string {
  const l = label.toLowerCase();
  if (movement === 'decrease') {
    if (/(cost|spend|bill|time|latency|duration|lead|mttr|mttd|wait|queue)/.test(l)) return 'Cut';
    return 'Reduced';
  }
  if (/(adoption|teams|users|services|customers|environments|engineers|headcount|team)/.test(l)) return 'Grew';
  if (/(uptime|availability|coverage|score|satisfaction|nps|rate)/.test(l)) return 'Raised';
  return 'Increased';
}

/** A resume line: verb, what, how much, from what to what, over when. Never NaN or Infinity. */
export function formatImpactBullet(m: MetricFacts): string {
  const label = phraseLabel(m.label) || 'the metric';
  const when = phraseTimeframe(m.timeframe);
  const result = withUnit(m.result, m.unit);
  const pct = changePct(m.baseline, m.result);

  if (m.baseline === null || pct === null) {
    const verb = m.direction === 'decrease' ? `Brought ${label} down to` : `${verbFor(m.label, 'increase')} ${label} to`;
    return `${verb} ${result}${when}`;
  }
  const baseline = withUnit(m.baseline, m.unit);
  if (m.result === m.baseline) return `Held ${label} at ${result}${when}`;
  const movement: MetricDirection = m.result < m.baseline ? 'decrease' : 'increase';
  const verb = verbFor(m.label, movement);
  // Percent-of-a-percent reads badly ("uptime up 0.5%"); show the points instead.
  if (m.unit.trim() === '%') return `${verb} ${label} from ${baseline} to ${result}${when}`;
  const abs = Math.abs(pct);
  const shown = abs >= 10 ? Math.round(abs).toString() : abs < 0.1 ? 'under 0.1' : abs.toString();
  return `${verb} ${label} ${shown}% (${baseline} to ${result})${when}`;
}
