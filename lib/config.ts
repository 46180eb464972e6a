import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_PATH: z
    .string()
    .trim()
    .min(1, 'must be a file path, e.g. ./data/starboard.db')
    .default('./data/starboard.db'),
  AUTH_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (try: openssl rand -base64 32)')
    .optional(),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
});

export type AppConfig = {
  databasePath: string;
  port: number;
  /** Set only when AUTH_SECRET is in the environment; see resolveAuthSecret. */
  authSecret?: string;
};

export class ConfigError extends Error {}

let memo: { key: string; config: AppConfig } | undefined;

/** Parses the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Called on every database access, so reuse the parse while the variables are unchanged.
  const key = `${env.DATABASE_PATH}\u0000${env.AUTH_SECRET}\u0000${env.PORT}`;
  if (memo?.key === key) return memo.config;
  const config = parseConfig(env);
  memo = { key, config };
  return config;
}

function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const input = Object.fromEntries(
    Object.entries({ DATABASE_PATH: env.DATABASE_PATH, AUTH_SECRET: env.AUTH_SECRET, PORT: env.PORT }).filter(
      ([, v]) => v !== undefined && v !== '',
    ),
  );
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid ${String(issue.path[0])}: ${issue.message}`);
  }
  const { DATABASE_PATH, AUTH_SECRET, PORT } = parsed.data;
  return {
    databasePath: DATABASE_PATH === ':memory:' ? DATABASE_PATH : resolve(DATABASE_PATH),
    port: PORT,
    authSecret: AUTH_SECRET,
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
