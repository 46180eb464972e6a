/**
 * The HTTP half of `npm run bench`: cold start of the built app, First Load JS of the dashboard,
 * and throughput / p99 latency of real routes against a separate bare Next app (scripts/bench/bare),
 * both loaded by autocannon with the same settings.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

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
    const ok = await fetch(`${base}/api/v1/health`)
      .then((r) => r.status === 200)
      .catch(() => false);
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
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
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

/** Load settings shared by the app and the bare baseline, so both sides are measured alike. */
export const LOAD = { connections: 50, seconds: 8, warmupSeconds: 2 };

/** Throughput and latency of one URL under autocannon; every answer other than 200 counts as an error. */
export async function measure(url: string, cookie?: string, seconds = LOAD.seconds): Promise<Omit<LoadResult, 'path'>> {
  const result = await autocannon({
    url,
    connections: LOAD.connections,
    duration: seconds,
    headers: cookie ? { cookie } : {},
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** Builds (when needed) and starts the bare Next app in scripts/bench/bare with the project's own `next`. */
export async function startBare(): Promise<{ child: ChildProcess; base: string }> {
  const dir = join('scripts', 'bench', 'bare');
  const nextBin = join('node_modules', 'next', 'dist', 'bin', 'next');
  const build = spawnSync(process.execPath, [nextBin, 'build', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('building the bare app failed');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [nextBin, 'start', dir, '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const t0 = performance.now();
  for (;;) {
    if (performance.now() - t0 > 60_000) throw new Error('the bare app did not start in a minute');
    if (
      await fetch(`${base}/api/ping`)
        .then((r) => r.status === 200)
        .catch(() => false)
    )
      return { child, base };
    await new Promise((r) => setTimeout(r, 50));
  }
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
