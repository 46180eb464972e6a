/**
 * `npm run demo`: creates demo@starboard.local with a fresh password and the demo workspace.
 * Re-running replaces that account (and only that account).
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { createUser } from '../db/queries/users';
import { seedDemoWorkspace } from '../db/queries/workspace';
import { users } from '../db/schema';
import { hashPassword } from '../lib/auth/password';
import { loadConfig } from '../lib/config';

const EMAIL = 'demo@starboard.local';

async function main() {
  const config = loadConfig();
  const password = randomBytes(9).toString('base64url');
  const db = getDb();
  db.delete(users).where(eq(users.email, EMAIL)).run();
  const user = createUser({ email: EMAIL, name: 'Demo Manager', passwordHash: await hashPassword(password) });
  if (!user) throw new Error('could not create the demo user');
  seedDemoWorkspace({ userId: user.id });
  console.log(`Demo workspace ready in ${config.databasePath}`);
  console.log(`  email:    ${EMAIL}`);
  console.log(`  password: ${password}`);
  console.log('Start the app with `npm start` and sign in at http://localhost:' + config.port + '/login');
}

main().catch((error) => {
  console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
