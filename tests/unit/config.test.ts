import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveAuthSecret } from '@/lib/config';
import { safeNextPath } from '@/lib/auth/safe-next';

describe('loadConfig', () => {
  it('has working defaults with an empty environment', () => {
    expect(loadConfig({})).toEqual({ databasePath: resolve('data/starboard.db'), port: 3000, authSecret: undefined });
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid PORT: /],
    [{ PORT: '70000' }, /^Invalid PORT: .*65535/],
    [{ AUTH_SECRET: 'short' }, /^Invalid AUTH_SECRET: .*32/],
    [{ DATABASE_PATH: '   ' }, /^Invalid DATABASE_PATH: /],
  ])('stops on %o with a one-line message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });
});

describe('resolveAuthSecret', () => {
  it('generates a 0600 secret beside the database once and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'starboard-secret-'));
    const config = loadConfig({ DATABASE_PATH: join(dir, 'app.db') });
    const first = resolveAuthSecret(config);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(statSync(join(dir, 'auth-secret')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'auth-secret'), 'utf8').trim()).toBe(first);
    expect(resolveAuthSecret(config)).toBe(first);
  });

  it('prefers AUTH_SECRET from the environment', () => {
    const secret = 's'.repeat(40);
    expect(resolveAuthSecret(loadConfig({ AUTH_SECRET: secret, DATABASE_PATH: '/nonexistent/x.db' }))).toBe(secret);
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/account', '/account'],
    ['/stories?theme=hiring', '/stories?theme=hiring'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    [undefined, '/'],
  ])('%s -> %s', (input, expected) => expect(safeNextPath(input)).toBe(expected));
});
