import { describe, expect, it } from 'vitest';
import { toFtsAnyQuery, toFtsQuery } from '@/db/search';

describe('FTS5 query builders', () => {
  it('quotes every word so FTS operators in user text stay inert', () => {
    expect(toFtsQuery('outage NEAR "sev" OR x*')).toBe('"outage"* OR "near"* OR "sev"* OR "or"* OR "x"*');
    expect(toFtsQuery('  ,, ')).toBeNull();
  });

  it('matches a question by word stems, longest words first, at most eight', () => {
    expect(toFtsAnyQuery(['outages', 'led'])).toBe('"outag"* OR "led"*');
    expect(toFtsAnyQuery(['kubernetes', 'upgrade', 'teams'])).toBe('"kubernet"* OR "upgra"* OR "team"*');
    const many = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett'];
    expect(toFtsAnyQuery(many)!.split(' OR ')).toHaveLength(8);
    expect(toFtsAnyQuery(['a"b', 'x'])).toBeNull();
  });
});
