import { describe, expect, it } from 'vitest';
import { addDays, followUpState, isoDay } from '@/lib/domain/dates';

describe('dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it.each([
    [null, 'none'],
    ['2026-11-26', 'overdue'],
    ['2026-11-27', 'due_this_week'],
    ['2026-12-04', 'due_this_week'],
    ['2026-12-05', 'later'],
  ] as const)('follow-up %s from 2026-11-27 is %s', (date, state) => {
    expect(followUpState(date, '2026-11-27')).toBe(state);
  });
});
