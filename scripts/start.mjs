/**
 * `npm start`: build when the sources changed since the last build, then serve. Plain
 * JavaScript so starting costs no TypeScript tooling; configuration, the auth secret and
 * migrations are handled as the server boots (instrumentation.ts -> lib/server-boot.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nextEnv from '@next/env';

const nextBin = join('node_modules', 'next', 'dist', 'bin', 'next');
const fingerprintFile = join('.next', 'starboard-source-hash');
const sourceRoots = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.mjs',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of sourceRoots.flatMap(filesUnder)) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

// Load .env files now, as `next start` would later: the forwarded-headers guard reads TRUST_PROXY
// as the server process starts, and must see the same value the app does.
nextEnv.loadEnvConfig(process.cwd());

// The one setting needed before Next starts; the rest is validated by the server itself.
const port = process.env.PORT === undefined || process.env.PORT === '' ? 3000 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('[starboard] Invalid PORT: must be a whole number between 1 and 65535');
  process.exit(1);
}

const current = sourceHash();
const built = existsSync(join('.next', 'BUILD_ID')) && existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8') : '';
if (built !== current) {
  console.log('[starboard] building the app (first start or sources changed)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[starboard] build failed; see the output above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(fingerprintFile, current);
}

// The guard drops client-sent X-Forwarded-* headers unless TRUST_PROXY says a proxy sets them.
const guard = join('scripts', 'forwarded-guard.cjs');
const server = spawn(process.execPath, ['--require', `./${guard}`, nextBin, 'start', '-p', String(port)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
