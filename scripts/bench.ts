/**
 * `npm run bench`: builds a heavy user in a throwaway database and times the coverage
 * engine alone and load-plus-compute, then writes BENCHMARKS.md. A script, not a test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'starboard-bench-'));
process.env.DATABASE_PATH = join(dir, 'bench.db');

const HEAVY = { stories: 1000, metrics: 500, contacts: 200, practice: 200, caseStudies: 20 };
const BUDGET = { computeMs: 10, loadAndComputeMs: 50, firstLoadKb: 150, coldStartMs: 2000 };
const PASSWORD = 'bench password 123';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(runs: number, fn: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function main() {
  const { getDb } = await import('../db/client');
  const { createUser } = await import('../db/queries/users');
  const { createStory } = await import('../db/queries/stories');
  const { metricQueries } = await import('../db/queries/metrics');
  const { contactQueries } = await import('../db/queries/contacts');
  const { practiceQueries } = await import('../db/queries/practice');
  const { caseStudyQueries } = await import('../db/queries/case-studies');
  const { putFundamentals } = await import('../db/queries/fundamentals');
  const { loadCoverageEvidence } = await import('../db/queries/coverage');
  const { listStoriesByUser, listStoryPageByUser } = await import('../db/queries/stories');
  const { computeCoverage } = await import('../lib/domain/coverage');
  const { computeCoverageForUser, coverageForUser } = await import('../lib/api/coverage');
  const { platformEmGuide, THEME_IDS, COMPETENCY_IDS } = await import('../lib/guide');
  const { demoWorkspace } = await import('../lib/demo/workspace');

  const { hashPassword } = await import('../lib/auth/password');
  const passwordHash = await hashPassword(PASSWORD);
  const seed = (name: string) => {
    const user = createUser({ email: `${name}@bench.local`, name, passwordHash })!;
    const userId = user.id;
    getDb().transaction(() => {
      const base = demoWorkspace.stories;
      for (let i = 0; i < HEAVY.stories; i++) {
        const s = base[i % base.length]!;
        createStory({
          userId,
          values: {
            ...s,
            title: `${s.title} #${i}`,
            resultQualitative: false,
            themes: [THEME_IDS[i % 5]!, THEME_IDS[(i + 2) % 5]!],
            competencies: [COMPETENCY_IDS[i % COMPETENCY_IDS.length]!],
          },
        });
      }
      const studies = Array.from({ length: HEAVY.caseStudies }, (_, i) =>
        caseStudyQueries.create({ userId, values: { ...demoWorkspace.caseStudies.golden_path, title: `Case study ${i}` } }),
      );
      for (let i = 0; i < HEAVY.metrics; i++) {
        const { caseStudy: _c, ...m } = demoWorkspace.metrics[i % demoWorkspace.metrics.length]!;
        metricQueries.create({ userId, values: { ...m, storyId: null, caseStudyId: studies[i % studies.length]!.id } });
      }
      for (let i = 0; i < HEAVY.contacts; i++) contactQueries.create({ userId, values: demoWorkspace.contacts[i % 5]! });
      for (let i = 0; i < HEAVY.practice; i++) practiceQueries.create({ userId, values: demoWorkspace.practice[i % 3]! });
      putFundamentals({ userId, profile: demoWorkspace.fundamentals });
    });
    return userId;
  };

  const t0 = performance.now();
  const heavy = seed('heavy');
  seed('neighbour'); // a second heavy user, so every query has to filter by user
  const seedSeconds = (performance.now() - t0) / 1000;

  const evidence = loadCoverageEvidence({ userId: heavy });
  const now = new Date();
  const rows = [
    { what: 'computeCoverage (engine only)', budget: BUDGET.computeMs, ...time(500, () => computeCoverage(platformEmGuide, evidence, now)) },
    { what: 'load evidence + coverage + matrix (uncached)', budget: BUDGET.loadAndComputeMs, ...time(200, () => computeCoverageForUser(heavy, now)) },
    { what: 'GET /api/v1/coverage work with nothing changed (cached by database version)', budget: null, ...time(200, () => coverageForUser(heavy, now)) },
    { what: 'first page of stories (GET /api/v1/stories query)', budget: null, ...time(200, () => listStoryPageByUser({ userId: heavy, limit: 50, offset: 0 })) },
    { what: 'all 1,000 stories with their text', budget: null, ...time(50, () => listStoriesByUser({ userId: heavy })) },
    { what: 'full-text search over 1,000 stories, first page', budget: null, ...time(200, () => listStoryPageByUser({ userId: heavy, q: 'incident command failover', limit: 50, offset: 0 })) },
  ];

  getDb().$client.pragma('wal_checkpoint(TRUNCATE)');
  getDb().$client.close();
  const http = process.env.BENCH_HTTP === '0' ? null : await measureHttp();

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
  const fmt = (n: number) => n.toFixed(2);
  const table = rows
    .map((r) => `| ${r.what} | ${fmt(r.median)} | ${fmt(r.p95)} | ${r.budget === null ? '–' : `≤ ${r.budget}`} | ${r.budget === null ? '–' : r.p95 <= r.budget ? 'pass' : 'FAIL'} |`)
    .join('\n');
  const report = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts). Numbers are milliseconds per call, in process, on a
throwaway SQLite database (WAL, synchronous=NORMAL) holding two heavy users.

- Date: ${now.toISOString()}
- Machine: ${machine}
- Heavy user: ${HEAVY.stories} stories, ${HEAVY.metrics} metrics, ${HEAVY.contacts} contacts, ${HEAVY.practice} practice entries, ${HEAVY.caseStudies} case studies (seeded in ${seedSeconds.toFixed(1)} s)

| measurement | median ms | p95 ms | budget (p95) | verdict |
|---|---|---|---|---|
${table}

Story stats (word count, speaking time, lint, readiness) are computed when a story is written and
stored with it, so neither coverage nor the story list re-lints on read.
${http ? httpSection(http) : '\nHTTP measurements skipped (BENCH_HTTP=0).\n'}`;
  writeFileSync('BENCHMARKS.md', report);
  console.log(report);
  rmSync(dir, { recursive: true, force: true });
  if (rows.some((r) => r.budget !== null && r.p95 > r.budget) || (http && !http.pass)) process.exitCode = 1;

}

/**
 * A 20 MB export imported back into a fresh account while other clients poll /api/v1/health:
 * the import must not stall them (p99 < 300 ms), and the round trip must lose nothing.
 */
async function measureImportStall(base: string) {
  const { signIn, pollDuring } = await import('./bench-http');
  const { largeWorkspaceFile, comparable } = await import('../tests/fixtures/large-workspace');
  const email = `import-${Date.now()}@bench.local`;
  const created = await fetch(`${base}/api/v1/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (created.status !== 201) throw new Error(`sign-up for the import bench failed: ${created.status}`);
  const cookie = await signIn(base, email, PASSWORD);
  const file = largeWorkspaceFile(21);
  const body = JSON.stringify(file, null, 2);
  const idle = await pollDuring(base, '/api/v1/health', 4, new Promise((r) => setTimeout(r, 3000)));
  const t0 = performance.now();
  const during = await pollDuring(
    base,
    '/api/v1/health',
    4,
    fetch(`${base}/api/v1/import`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body }).then((r) => r.status),
  );
  const importSeconds = (performance.now() - t0) / 1000;
  const exported = (await (await fetch(`${base}/api/v1/export`, { headers: { cookie } })).json()) as Parameters<typeof comparable>[0];
  const [a, b] = [comparable(exported), comparable(file)];
  const differences = (Object.keys(b) as (keyof typeof b)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  const pass = during.result === 201 && during.p99 < 300 && differences.length === 0 && during.errors === 0;
  return { megabytes: body.length / 2 ** 20, status: during.result, importSeconds, idle, during, differences, pass };
}

/** Cold start, First Load JS and throughput against a bare route, on the built app. */
async function measureHttp() {
  const { startServer, stopServer, signIn, firstLoadJsKb, load } = await import('./bench-http');
  const env = { ...process.env, DATABASE_PATH: process.env.DATABASE_PATH, AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-01', NEXT_TELEMETRY_DISABLED: '1' };
  // The first start may build; the second is the cold start of an already-built app.
  stopServer((await startServer(env)).child);
  await new Promise((r) => setTimeout(r, 1000));
  const { child, coldStartMs, base } = await startServer(env);
  try {
    const cookie = await signIn(base, 'heavy@bench.local', PASSWORD);
    const firstLoadKb = await firstLoadJsKb(base, '/', cookie);
    const paths = ['/api/v1/health', '/api/v1/coverage', '/api/v1/stories'];
    // Two rounds; the first warms the JIT, sockets and route modules, the second is reported.
    let results: Awaited<ReturnType<typeof load>>[] = [];
    for (const seconds of [3, 8]) {
      results = [];
      for (const path of paths) results.push(await load(base, path, cookie, 50, seconds));
    }
    const importStall = await measureImportStall(base);
    const bare = results[0]!;
    const verdicts = results.slice(1).map((r) => ({ ...r, rpsOk: r.rps >= bare.rps * 0.5, p99Ok: r.p99 <= bare.p99 * 2 }));
    const pass =
      firstLoadKb <= BUDGET.firstLoadKb &&
      coldStartMs <= BUDGET.coldStartMs &&
      verdicts.every((v) => v.rpsOk && v.p99Ok && v.errors === 0) &&
      importStall.pass;
    return { coldStartMs, firstLoadKb, bare, verdicts, importStall, pass };
  } finally {
    stopServer(child);
  }
}

type HttpReport = Awaited<ReturnType<typeof measureHttp>>;

function httpSection(h: HttpReport): string {
  const ok = (b: boolean) => (b ? 'pass' : 'FAIL');
  const line = (r: HttpReport['bare']) => `| ${r.path} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} |`;
  return `
## Over HTTP (next start, heavy user signed in, 50 connections, 8 s each)

| route | req/s | p50 ms | p99 ms | errors |
|---|---|---|---|---|
${line(h.bare)}
${h.verdicts.map(line).join('\n')}

| budget | measured | verdict |
|---|---|---|
${h.verdicts.map((v) => `| ${v.path} throughput ≥ 50% of bare | ${((v.rps / h.bare.rps) * 100).toFixed(0)}% | ${ok(v.rpsOk)} |\n| ${v.path} p99 ≤ 2× bare p99 | ${(v.p99 / h.bare.p99).toFixed(2)}× | ${ok(v.p99Ok)} |`).join('\n')}
| First Load JS of the dashboard (gzip) ≤ ${BUDGET.firstLoadKb} kB | ${h.firstLoadKb.toFixed(1)} kB | ${ok(h.firstLoadKb <= BUDGET.firstLoadKb)} |
| cold start of \`npm start\` (built) to first 200 ≤ ${BUDGET.coldStartMs} ms | ${h.coldStartMs.toFixed(0)} ms | ${ok(h.coldStartMs <= BUDGET.coldStartMs)} |

## A large import does not stall other users

A ${h.importStall.megabytes.toFixed(1)} MB export (pretty-printed, as \`/api/v1/export\` writes it) imported into a fresh
account over HTTP (answer ${h.importStall.status}, ${h.importStall.importSeconds.toFixed(1)} s), while 4 other connections polled \`/api/v1/health\`.

| /api/v1/health, 4 connections | answers | p50 ms | p99 ms | max ms | errors |
|---|---|---|---|---|---|
| idle, 3 s | ${h.importStall.idle.samples} | ${h.importStall.idle.p50.toFixed(1)} | ${h.importStall.idle.p99.toFixed(1)} | ${h.importStall.idle.max.toFixed(1)} | ${h.importStall.idle.errors} |
| during the import | ${h.importStall.during.samples} | ${h.importStall.during.p50.toFixed(1)} | ${h.importStall.during.p99.toFixed(1)} | ${h.importStall.during.max.toFixed(1)} | ${h.importStall.during.errors} |

| budget | measured | verdict |
|---|---|---|
| health p99 during the import < 300 ms | ${h.importStall.during.p99.toFixed(1)} ms | ${ok(h.importStall.during.p99 < 300)} |
| round trip differences (ignoring ids and timestamps) = 0 | ${h.importStall.differences.length}${h.importStall.differences.length ? ` (${h.importStall.differences.join(', ')})` : ''} | ${ok(h.importStall.differences.length === 0)} |

The load generator runs on the same 2 cores as the server, so absolute numbers mostly measure the
queue; the budgets compare each route with the bare route in the same run.
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
