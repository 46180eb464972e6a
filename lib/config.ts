import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

/** The address people open, e.g. https://starboard.example.com: http(s), no path. */
const publicUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://starboard.example.com' })
  .refine((value) => !URL.canParse(value) || ['', '/'].includes(new URL(value).pathname), 'must be an origin with no path')
  .optional();

const envSchema = z.object({
  DATABASE_PATH: z.string().trim().min(1, 'must be a file path, e.g. ./data/starboard.db').default('./data/starboard.db'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  APP_URL: publicUrl,
  AUTH_URL: publicUrl,
  TRUST_PROXY: z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).default('false'),
  RECORDINGS_QUOTA_MB: z.coerce
    .number({ error: 'must be a number of megabytes' })
    .int('must be a whole number of megabytes')
    .min(1, 'must be at least 1 (megabyte)')
    .max(1_000_000, 'must be at most 1000000 (megabytes)')
    .default(200),
});

export type AppConfig = {
  databasePath: string;
  port: number;
  /** Set only when AUTH_SECRET is in the environment; see resolveAuthSecret. */
  authSecret?: string;
  /** The configured public origin (APP_URL, else AUTH_URL), e.g. https://starboard.example.com. */
  appOrigin?: string;
  /** Whether X-Forwarded-Host/-Proto/-For come from a proxy in front of the app. */
  trustProxy: boolean;
  /** How many bytes of recordings each user may keep. */
  recordingsQuotaBytes: number;
};

const VARIABLES = ['DATABASE_PATH', 'AUTH_SECRET', 'PORT', 'APP_URL', 'AUTH_URL', 'TRUST_PROXY', 'RECORDINGS_QUOTA_MB'] as const;

export class ConfigError extends Error {}

let memo: { key: string; config: AppConfig } | undefined;

/** Parses the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Called on every database access, so reuse the parse while the variables are unchanged.
  const key = VARIABLES.map((name) => env[name]).join('\u0000');
  if (memo?.key === key) return memo.config;
  const config = parseConfig(env);
  memo = { key, config };
  return config;
}

function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const input = Object.fromEntries(VARIABLES.map((name) => [name, env[name]]).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid ${String(issue.path[0])}: ${issue.message}`);
  }
  const { DATABASE_PATH, AUTH_SECRET, PORT, APP_URL, AUTH_URL, TRUST_PROXY, RECORDINGS_QUOTA_MB } = parsed.data;
  const appUrl = APP_URL ?? AUTH_URL;
  return {
    databasePath: DATABASE_PATH === ':memory:' ? DATABASE_PATH : resolve(DATABASE_PATH),
    port: PORT,
    authSecret: AUTH_SECRET,
    appOrigin: appUrl ? new URL(appUrl).origin : undefined,
    trustProxy: TRUST_PROXY === 'true' || TRUST_PROXY === '1',
    recordingsQuotaBytes: RECORDINGS_QUOTA_MB * 1024 * 1024,
  };
}

/**
 * The secret from AUTH_SECRET, or one generated once beside the database and reused,
 * so a fresh install needs no configuration and sessions survive restarts.
 */
export function resolveAuthSecret(config: AppConfig = loadConfig()): string {
  if (config.authSecret) return config.authSecret;
  const dir = config.databasePath === ':memory:' ? resolve('data') : dirname(config.databasePath);
  const file = join(dir, 'auth-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
