import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '@/lib/config';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = resolve(process.cwd(), 'db/migrations');

/** Opens (creating if needed) and migrates a database file with the pragmas the app relies on. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return db;
}

// Cached on globalThis so hot reloads and route modules share one connection per file.
declare global {
  var __starboardDbs: Map<string, Db> | undefined;
}
const cache = globalThis;

// The last lookup, keyed by the raw DATABASE_PATH: every query calls getDb, so the common case
// skips parsing the configuration. Tests switch the variable per file, which misses and re-resolves.
let last: { raw: string | undefined; db: Db } | undefined;

export function getDb(): Db {
  const raw = process.env.DATABASE_PATH;
  if (last && last.raw === raw && last.db.$client.open) return last.db;
  const path = loadConfig().databasePath;
  cache.__starboardDbs ??= new Map();
  let db = cache.__starboardDbs.get(path);
  if (!db) {
    db = openDatabase(path);
    cache.__starboardDbs.set(path, db);
  }
  last = { raw, db };
  return db;
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A raw statement compiled once per connection, for queries on every request's path (session
 * checks, the signed-in user): drizzle would rebuild and recompile the SQL on each call.
 */
export function cachedStatement(sql: string): Database.Statement {
  const db = getDb();
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.$client.prepare(sql)));
  return statement;
}
