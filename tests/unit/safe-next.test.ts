import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/safe-next';

// Each value is what the login page receives after the query string is decoded once.
const hostile: unknown[] = [
  '//evil.invalid',
  '///evil.invalid',
  '////evil.invalid/x',
  'https://evil.invalid',
  'http:evil.invalid',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '/\\evil.invalid',
  '\\\\evil.invalid',
  '/\t/evil.invalid',
  '/\t/evil.invalid/x',
  '/\n/evil.invalid',
  '/\r\n/evil.invalid',
  '/\u0000/evil.invalid',
  '/\u007f/evil.invalid',
  '/\u0085/evil.invalid',
  ' /evil.invalid',
  '\t//evil.invalid',
  '/.//evil.invalid',
  '/..//evil.invalid',
  '/./\\evil.invalid',
  '/%2F/evil.invalid',
  '/%2f%2fevil.invalid',
  '/%5Cevil.invalid',
  '/%5c%5cevil.invalid',
  '/%09/evil.invalid',
  '/%0a/evil.invalid',
  '/%0d%0aSet-Cookie:x=1',
  '/%E0%A4%A',
  'evil.invalid',
  '',
  '?next=//evil.invalid',
  '#//evil.invalid',
  '/' + 'a'.repeat(3000),
  undefined,
  null,
  42,
  ['/account'],
  { toString: () => '/account' },
];

describe('safeNextPath', () => {
  const label = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value).slice(0, 40) : String(typeof value));
  it.each(hostile.map((value) => [label(value), value]))('refuses %s and falls back to /', (_label, value) => {
    expect(safeNextPath(value)).toBe('/');
  });

  it('has a table of at least 30 hostile values', () => expect(hostile.length).toBeGreaterThanOrEqual(30));

  it.each([
    ['/account', '/account'],
    ['/', '/'],
    ['/stories?theme=hiring', '/stories?theme=hiring'],
    ['/stories?q=café', '/stories?q=caf%C3%A9'],
    ['/stories?q=caf%C3%A9', '/stories?q=caf%C3%A9'],
    ['/stories/abc#star', '/stories/abc#star'],
    ['/。', '/%E3%80%82'],
    ['/%E3%80%82', '/%E3%80%82'],
    ['/stories/../account', '/account'],
  ])('keeps the same-origin path %j as %j, correctly encoded', (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  it('gives a value every browser accepts in a Location header', () => {
    for (const value of ['/stories?q=café', '/ünïcödé/path', '/a b']) {
      const path = safeNextPath(value);
      expect(path).toMatch(/^\/[\x21-\x7e]*$/);
      expect(() => new Headers({ location: path })).not.toThrow();
    }
  });
});
