import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, executablePath } from './tests/e2e/support/browser';

/** A free port, chosen once in the runner; workers inherit it through the environment. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_DB_DIR ??= mkdtempSync(join(tmpdir(), 'starboard-e2e-'));
const port = Number(process.env.E2E_PORT);

if (!executablePath) {
  console.warn("[e2e] /usr/bin/chromium not found: falling back to Playwright's own browser (install Debian's chromium to avoid this).");
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: {
    // npm start builds when needed, migrates a throwaway database and serves.
    command: 'npm start',
    url: `http://localhost:${port}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_PATH: join(process.env.E2E_DB_DIR, 'e2e.db'),
      AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
      NEXT_TELEMETRY_DISABLED: '1',
      // As behind nginx or Caddy: the TLS-proxy journeys (tests/e2e/reach.spec.ts) rely on it.
      TRUST_PROXY: 'true',
    },
  },
});
