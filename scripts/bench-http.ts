/**
 * The HTTP half of `npm run bench`: cold start of the built app, First Load JS of the dashboard,
 * and throughput / p99 latency of real routes against a bare route at 50 connections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';

export type LoadResult = { path: string; rps: number; p50: number; p99: number; errors: number };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts `npm start` and resolves with the time to the first 200 from /api/v1/health. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; coldStartMs: number; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn('npm', ['start'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  for (;;) {
    if (performance.now() - t0 > 300_000) throw new Error('server did not start in 5 minutes');
    const ok = await fetch(`${base}/api/v1/health`).then((r) => r.status === 200).catch(() => false);
    if (ok) return { child, coldStartMs: performance.now() - t0, base };
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function stopServer(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
}

/** Signs in through Auth.js's own routes and returns the cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error('sign-in failed');
  return session.split(';')[0]!;
}

/** Sum of gzipped JS the browser loads for a page (every script the HTML references). */
export async function firstLoadJsKb(base: string, path: string, cookie: string): Promise<number> {
  const html = await (await fetch(base + path, { headers: { cookie } })).text();
  // noModule scripts are legacy polyfills a modern browser never downloads.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/nomodule/i.test(tag));
  const srcs = [...new Set(tags.map((tag) => /src="([^"]+\.js)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)))];
  let bytes = 0;
  for (const src of srcs) bytes += gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length;
  return bytes / 1024;
}

/** Keeps `connections` requests in flight for `seconds` and reports throughput and latency. */
export async function load(base: string, path: string, cookie: string, connections = 50, seconds = 8): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(base + path);
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.get({ agent, hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: { cookie } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - t0);
          else errors += 1;
          resolve();
        });
      });
      req.on('error', () => {
        errors += 1;
        resolve();
      });
    });
  const worker = async () => {
    while (performance.now() < until) await one();
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { path, rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors };
}

/** Polls `path` on `connections` sockets until `work` settles; latencies of every answer, in ms. */
export async function pollDuring<T>(base: string, path: string, connections: number, work: Promise<T>) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(base + path);
  const latencies: number[] = [];
  let errors = 0;
  let done = false;
  const settled = work.finally(() => {
    done = true;
  });
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.get({ agent, hostname: url.hostname, port: url.port, path: url.pathname }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - t0);
          else errors += 1;
          resolve();
        });
      });
      req.on('error', () => {
        errors += 1;
        resolve();
      });
    });
  const worker = async () => {
    while (!done) await one();
  };
  const [result] = await Promise.all([settled, ...Array.from({ length: connections }, worker)]);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { result: result as T, samples: latencies.length, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? NaN, errors };
}
