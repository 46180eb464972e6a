import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '@/db/client';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
  }
}

/** Migrates one template database; each test file gets its own copy (see per-file.ts). */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'starboard-test-'));
  const templateDb = join(dir, 'template.db');
  const db = openDatabase(templateDb);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  project.provide('templateDb', templateDb);
  return () => rmSync(dir, { recursive: true, force: true });
}
