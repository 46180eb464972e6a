import { getDb } from '@/db/client';
import { purgeExpiredRecordings } from '@/db/queries/recordings';
import { deleteAbandonedStagingUsers } from '@/db/queries/workspace';
import { ConfigError, loadConfig, resolveAuthSecret } from '@/lib/config';

/**
 * Runs once as the server starts (instrumentation.ts): a bad setting stops it with one line
 * naming the variable; otherwise the secret exists and the database is created and migrated
 * before the first request.
 */
export function bootServer(): void {
  try {
    const config = loadConfig();
    process.env.AUTH_SECRET = resolveAuthSecret(config);
    // Auth.js builds its callback and cookie URLs from AUTH_URL when set; APP_URL means the same.
    if (config.appOrigin) process.env.AUTH_URL ??= config.appOrigin;
    getDb();
    deleteAbandonedStagingUsers();
    // Recordings past their owner's retention go at start and once a day after.
    purgeExpiredRecordings(new Date());
    setInterval(() => purgeExpiredRecordings(new Date()), 24 * 3600 * 1000).unref();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[starboard] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
