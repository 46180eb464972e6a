import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveAuthSecret } from '@/lib/config';

describe('loadConfig', () => {
  it('has working defaults with an empty environment', () => {
    expect(loadConfig({})).toEqual({
      databasePath: resolve('data/starboard.db'),
      port: 3000,
      authSecret: undefined,
      appOrigin: undefined,
      trustProxy: false,
      recordingsQuotaBytes: 200 * 1024 * 1024,
    });
    expect(loadConfig({ RECORDINGS_QUOTA_MB: '50' }).recordingsQuotaBytes).toBe(50 * 1024 * 1024);
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid PORT: /],
    [{ PORT: '70000' }, /^Invalid PORT: .*65535/],
    [{ AUTH_SECRET: 'short' }, /^Invalid AUTH_SECRET: .*32/],
    [{ DATABASE_PATH: '   ' }, /^Invalid DATABASE_PATH: /],
    [{ APP_URL: 'starboard.example.com' }, /^Invalid APP_URL: /],
    [{ APP_URL: 'ftp://starboard.example.com' }, /^Invalid APP_URL: /],
    [{ APP_URL: 'https://starboard.example.com/app' }, /^Invalid APP_URL: .*no path/],
    [{ AUTH_URL: 'javascript:alert(1)' }, /^Invalid AUTH_URL: /],
    [{ TRUST_PROXY: 'yes please' }, /^Invalid TRUST_PROXY: /],
    [{ RECORDINGS_QUOTA_MB: 'lots' }, /^Invalid RECORDINGS_QUOTA_MB: /],
    [{ RECORDINGS_QUOTA_MB: '0' }, /^Invalid RECORDINGS_QUOTA_MB: .*at least 1/],
    [{ RECORDINGS_QUOTA_MB: '1.5' }, /^Invalid RECORDINGS_QUOTA_MB: .*whole/],
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

describe('public origin settings', () => {
  it('takes APP_URL, else AUTH_URL, as the origin and reads TRUST_PROXY', () => {
    expect(loadConfig({ APP_URL: 'https://Starboard.Example.com/' })).toMatchObject({ appOrigin: 'https://starboard.example.com' });
    expect(loadConfig({ AUTH_URL: 'http://10.0.0.5:8080' })).toMatchObject({ appOrigin: 'http://10.0.0.5:8080' });
    expect(loadConfig({ APP_URL: 'https://a.example', AUTH_URL: 'https://b.example' }).appOrigin).toBe('https://a.example');
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });
});
