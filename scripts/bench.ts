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
const BUDGET = { computeMs: 10, loadAndComputeMs: 50 };

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
  const { listStoriesByUser } = await import('../db/queries/stories');
  const { computeCoverage } = await import('../lib/domain/coverage');
  const { coverageForUser } = await import('../lib/api/coverage');
  const { platformEmGuide, THEME_IDS, COMPETENCY_IDS } = await import('../lib/guide');
  const { demoWorkspace } = await import('../lib/demo/workspace');

  const seed = (name: string) => {
    const user = createUser({ email: `${name}@bench.local`, name, passwordHash: 'x' })!;
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
    { what: 'load evidence + coverage + matrix', budget: BUDGET.loadAndComputeMs, ...time(200, () => coverageForUser(heavy, now)) },
    { what: 'list all 1,000 stories (GET /api/v1/stories query)', budget: null, ...time(100, () => listStoriesByUser({ userId: heavy })) },
    { what: 'full-text search over 1,000 stories', budget: null, ...time(200, () => listStoriesByUser({ userId: heavy, q: 'incident command failover' })) },
  ];

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
`;
  writeFileSync('BENCHMARKS.md', report);
  console.log(report);
  getDb().$client.close();
  rmSync(dir, { recursive: true, force: true });
  if (rows.some((r) => r.budget !== null && r.p95 > r.budget)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
