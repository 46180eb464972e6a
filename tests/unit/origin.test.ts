import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddressOf, isOwnOrigin, publicOriginOf } from '@/lib/api/origin';
import { assertSameOrigin } from '@/lib/api/request';

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['APP_URL', 'AUTH_URL', 'TRUST_PROXY']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

// As `next start` hands it over: request.url always names localhost, whatever the browser used.
const request = (headers: Record<string, string>, method = 'POST') =>
  new Request('http://localhost:3000/api/v1/stories', { method, headers });

describe('publicOriginOf and isOwnOrigin', () => {
  it('uses the Host header: by IP, by LAN name, by localhost', () => {
    for (const host of ['127.0.0.1:3000', '192.168.1.20:3000', 'nas.local:3000', 'localhost:3000']) {
      const req = request({ host });
      expect(publicOriginOf(req)).toEqual({ host, scheme: null });
      expect(isOwnOrigin(req, `http://${host}`)).toBe(true);
      expect(isOwnOrigin(req, 'http://evil.example')).toBe(false);
      expect(isOwnOrigin(req, `http://${host}.evil.example`)).toBe(false);
    }
  });

  it('ignores X-Forwarded-Host unless TRUST_PROXY is set', () => {
    const req = request({ host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    expect(isOwnOrigin(req, 'https://evil.example')).toBe(false);
    process.env.TRUST_PROXY = 'true';
    expect(publicOriginOf(req)).toEqual({ host: 'evil.example', scheme: 'https' });
  });

  it('behind a trusted proxy, takes its host and scheme and refuses the other scheme', () => {
    process.env.TRUST_PROXY = 'true';
    const req = request({ host: '127.0.0.1:3000', 'x-forwarded-host': 'Starboard.Example.com', 'x-forwarded-proto': 'https' });
    expect(isOwnOrigin(req, 'https://starboard.example.com')).toBe(true);
    expect(isOwnOrigin(req, 'http://starboard.example.com')).toBe(false);
    expect(isOwnOrigin(req, 'https://127.0.0.1:3000')).toBe(false);
  });

  it('prefers APP_URL (or AUTH_URL) over every header', () => {
    process.env.APP_URL = 'https://starboard.example.com';
    process.env.TRUST_PROXY = 'true';
    const req = request({ host: 'starboard.example.com', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    expect(isOwnOrigin(req, 'https://starboard.example.com')).toBe(true);
    expect(isOwnOrigin(req, 'https://evil.example')).toBe(false);
    delete process.env.APP_URL;
    process.env.AUTH_URL = 'http://10.0.0.5:8080';
    expect(isOwnOrigin(request({ host: 'whatever' }), 'http://10.0.0.5:8080')).toBe(true);
  });

  it('refuses malformed and non-http origins', () => {
    const req = request({ host: 'localhost:3000' });
    for (const origin of ['null', '', 'localhost:3000', 'file://localhost:3000', 'javascript:alert(1)']) {
      expect(isOwnOrigin(req, origin), origin).toBe(false);
    }
  });
});

describe('assertSameOrigin', () => {
  it('lets a same-origin save through by IP and refuses a foreign one', () => {
    expect(() => assertSameOrigin(request({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }))).not.toThrow();
    expect(() => assertSameOrigin(request({ host: '127.0.0.1:3000', origin: 'http://evil.example' }))).toThrow(/another origin/);
    expect(() => assertSameOrigin(request({ host: '127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }))).toThrow(/Cross-site/);
    expect(() => assertSameOrigin(request({ host: '127.0.0.1:3000', origin: 'http://evil.example' }, 'GET'))).not.toThrow();
  });
});

describe('clientAddressOf', () => {
  it("takes the address next start wrote, or the trusted proxy's last entry", () => {
    expect(clientAddressOf(request({ 'x-forwarded-for': '::ffff:127.0.0.1' }))).toBe('127.0.0.1');
    expect(clientAddressOf(request({}))).toBe('unknown');
    process.env.TRUST_PROXY = 'true';
    // A client may prepend anything; the proxy appends the address it saw.
    expect(clientAddressOf(request({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }))).toBe('203.0.113.9');
  });
});

/** Starts a bare HTTP server under the preload that `npm start` uses and returns the headers it saw. */
function headersSeenUnderGuard(env: Record<string, string>, sent: Record<string, string>): Promise<Record<string, string>> {
  const server = `
    const http = require('node:http');
    const s = http.createServer((req, res) => { res.end(JSON.stringify(req.headers)); });
    s.listen(0, '127.0.0.1', () => {
      http.get({ port: s.address().port, host: '127.0.0.1', headers: ${JSON.stringify(sent)} }, (res) => {
        let body = ''; res.on('data', (c) => (body += c)); res.on('end', () => { console.log(body); s.close(); });
      });
    });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', './scripts/forwarded-guard.cjs', '-e', server], {
      env: { ...process.env, ...env },
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', () => resolve(JSON.parse(out)));
  });
}

describe('scripts/forwarded-guard.cjs', () => {
  const forged = {
    'x-forwarded-for': '6.6.6.6',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-proto': 'https',
    forwarded: 'for=6.6.6.6',
  };

  it('drops client-sent forwarding headers when no proxy is trusted', async () => {
    const seen = await headersSeenUnderGuard({ TRUST_PROXY: 'false' }, forged);
    for (const name of Object.keys(forged)) expect(seen[name], name).toBeUndefined();
    expect(seen.host).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('keeps them when TRUST_PROXY says a proxy sets them', async () => {
    const seen = await headersSeenUnderGuard({ TRUST_PROXY: 'true' }, forged);
    expect(seen['x-forwarded-for']).toBe('6.6.6.6');
    expect(seen['x-forwarded-host']).toBe('evil.example');
  });
});

describe('sessionTokenOf', () => {
  it('finds the token under either name, joins chunks, and ignores other cookies', async () => {
    const { sessionTokenOf } = await import('@/lib/auth/session');
    expect(sessionTokenOf(null)).toBeNull();
    expect(sessionTokenOf('theme=dark; other=1')).toBeNull();
    expect(sessionTokenOf('a=1; authjs.session-token=abc.def; b=2')).toEqual({ raw: 'abc.def', cookieName: 'authjs.session-token' });
    expect(sessionTokenOf('__Secure-authjs.session-token=sec; authjs.session-token=plain')).toEqual({
      raw: 'sec',
      cookieName: '__Secure-authjs.session-token',
    });
    expect(sessionTokenOf('authjs.session-token.1=second; authjs.session-token.0=first')).toEqual({
      raw: 'firstsecond',
      cookieName: 'authjs.session-token',
    });
    expect(sessionTokenOf('authjs.session-token=')).toBeNull();
    expect(sessionTokenOf('xauthjs.session-token=forged')).toBeNull();
  });
});

describe('throttleKeyOf', () => {
  it('keys IPv4-mapped addresses as IPv4 and IPv6 by /64', async () => {
    const { throttleKeyOf } = await import('@/lib/api/origin');
    expect(throttleKeyOf('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(throttleKeyOf('203.0.113.9')).toBe('203.0.113.9');
    expect(throttleKeyOf('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(throttleKeyOf('2001:db8:1:2:ffff:4:5:7')).toBe('2001:db8:1:2::/64');
    expect(throttleKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttleKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(throttleKeyOf('unknown')).toBe('unknown');
  });
});
