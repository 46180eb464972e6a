/**
 * `npm start`: validate configuration, create and migrate the database, make sure a
 * secret exists, build when the sources changed since the last build, then serve.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/client';
import { ConfigError, loadConfig, resolveAuthSecret } from '../lib/config';

const nextBin = join('node_modules', 'next', 'dist', 'bin', 'next');
const fingerprintFile = join('.next', 'starboard-source-hash');
const sourceRoots = ['app', 'components', 'lib', 'db', 'public', 'proxy.ts', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of sourceRoots.flatMap(filesUnder)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

function buildIfNeeded(env: NodeJS.ProcessEnv): void {
  const current = sourceHash();
  const built = existsSync(join('.next', 'BUILD_ID')) && existsSync(fingerprintFile)
    ? readFileSync(fingerprintFile, 'utf8')
    : '';
  if (built === current) return;
  console.log('[starboard] building the app (first start or sources changed)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error('[starboard] build failed; see the output above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(fingerprintFile, current);
}

function main(): void {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[starboard] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  openDatabase(config.databasePath).$client.close();
  const env = { ...process.env, AUTH_SECRET: resolveAuthSecret(config), DATABASE_PATH: config.databasePath };
  buildIfNeeded(env);

  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(config.port)], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main();
