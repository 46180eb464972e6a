import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, inject } from 'vitest';

// A fresh migrated database for every test file.
const template = inject('templateDb');
const file = join(dirname(template), `${randomUUID()}.db`);
copyFileSync(template, file);
process.env.DATABASE_PATH = file;
process.env.AUTH_SECRET = 'test-secret-test-secret-test-secret-0123456789';

// A test fails if it logs console.error it did not expect (see allowConsoleError).
const logged: unknown[][] = [];
const original = console.error;
const flags = globalThis as { __allowConsoleError?: boolean };

beforeEach(() => {
  logged.length = 0;
  flags.__allowConsoleError = false;
  console.error = (...args: unknown[]) => {
    logged.push(args);
  };
});

afterEach(() => {
  console.error = original;
  if (logged.length && !flags.__allowConsoleError) {
    throw new Error(`Unexpected console.error: ${logged.map((a) => a.map(String).join(' ')).join('\n')}`);
  }
});
