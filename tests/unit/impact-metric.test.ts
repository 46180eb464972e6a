import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changePct, formatImpactBullet, formatNumber, type MetricFacts } from '@/lib/domain/impact-metric';

const metric = (over: Partial<MetricFacts>): MetricFacts => ({
  label: 'Build time',
  direction: 'decrease',
  baseline: 22,
  result: 8,
  unit: 'min',
  timeframe: 'two quarters',
  ...over,
});

describe('changePct', () => {
  it('is the signed change to one decimal', () => {
    expect(changePct(22, 8)).toBe(-63.6);
    expect(changePct(40, 120)).toBe(200);
    expect(changePct(3, 3)).toBe(0);
    expect(Object.is(changePct(3, 3), -0)).toBe(false);
    expect(changePct(-10, -5)).toBe(50);
  });

  it('is null without a usable baseline', () => {
    expect(changePct(0, 8)).toBeNull();
    expect(changePct(null, 8)).toBeNull();
    expect(changePct(Number.NaN, 8)).toBeNull();
    expect(changePct(1e-320, 1e308)).toBeNull();
  });
});

describe('formatImpactBullet', () => {
  it('writes the classic decrease bullet', () => {
    const bullet = formatImpactBullet(metric({}));
    expect(bullet).toBe('Cut build time 64% (22 min to 8 min) over two quarters');
  });

  it('uses an absolute phrasing when the baseline is 0 or missing', () => {
    expect(
      formatImpactBullet(
        metric({
          label: 'Self-serve environments',
          direction: 'increase',
          baseline: null,
          result: 40,
          unit: 'teams',
          timeframe: 'in 6 months',
        }),
      ),
    ).toBe('Grew self-serve environments to 40 teams in 6 months');
    expect(formatImpactBullet(metric({ baseline: 0 }))).toBe('Brought build time down to 8 min over two quarters');
  });

  it('keeps units, acronyms and readable large numbers', () => {
    expect(
      formatImpactBullet(metric({ label: 'AWS spend', baseline: 1_500_000, result: 1_050_000, unit: '$', timeframe: 'in FY24' })),
    ).toBe('Cut AWS spend 30% ($1.5M to $1.1M) in FY24');
    expect(formatImpactBullet(metric({ label: 'MTTR', baseline: 90, result: 25, unit: 'min', timeframe: '' }))).toBe(
      'Cut MTTR 72% (90 min to 25 min)',
    );
    expect(
      formatImpactBullet(metric({ label: 'Uptime', direction: 'increase', baseline: 99.5, result: 99.95, unit: '%', timeframe: 'a year' })),
    ).toBe('Raised uptime from 99.5% to 99.95% over a year');
    expect(
      formatImpactBullet(metric({ label: 'Deploys per week', direction: 'increase', baseline: 40, result: 120, unit: '', timeframe: '' })),
    ).toBe('Increased deploys per week 200% (40 to 120)');
    expect(formatNumber(12_345)).toBe('12.3k');
    expect(formatNumber(1234)).toBe('1,234');
  });

  it('stays factual when the result moved against the stated direction', () => {
    expect(formatImpactBullet(metric({ baseline: 8, result: 10 }))).toMatch(/^Increased build time 25% \(8 min to 10 min\)/);
  });
});

const facts = fc.record({
  label: fc.string({ maxLength: 40 }),
  direction: fc.constantFrom('decrease' as const, 'increase' as const),
  baseline: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), { nil: null }),
  result: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  unit: fc.constantFrom('', 'min', '%', '$', 'teams', 'ms', 'x'),
  timeframe: fc.constantFrom('', 'two quarters', 'in 6 months', 'over a year'),
});

describe('properties', () => {
  it('no bullet ever contains NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(facts, (m) => {
        const bullet = formatImpactBullet(m);
        expect(bullet).not.toMatch(/NaN|Infinity|undefined|null/);
        expect(bullet.trim().length).toBeGreaterThan(0);
      }),
    );
  });

  it('changePct is finite or null, and its sign agrees with the movement', () => {
    fc.assert(
      fc.property(facts, ({ baseline, result }) => {
        const pct = changePct(baseline, result);
        if (pct === null) return;
        expect(Number.isFinite(pct)).toBe(true);
        if (pct !== 0) expect(Math.sign(pct)).toBe(Math.sign(result - baseline!));
      }),
    );
  });

  it('the bullet names both values when there is a baseline (round trip)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 9999 }), (baseline, result) => {
        fc.pre(Math.abs(changePct(baseline, result)!) >= 0.1);
        const bullet = formatImpactBullet(metric({ baseline, result, unit: 'min' }));
        expect(bullet).toContain(`${formatNumber(baseline)} min to ${formatNumber(result)} min`);
        const shown = Number(/ (\d+(?:\.\d)?)% /.exec(bullet)![1]);
        expect(Math.abs(shown - Math.abs(changePct(baseline, result)!))).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});
