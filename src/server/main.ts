/** Starts Crescendo: opens the database (taking the data-directory lock on PGlite), serves web and API. */
import { buildApp } from './app.js';
import { backupKey, databaseTarget, trustedProxyHops } from './config.js';
import type { BackupKey } from './backup/signing.js';
import { openDatabase, type Database } from './db/connection.js';
import { acquireDataDirLock } from './db/lock.js';
import { sql } from 'drizzle-orm';
import { integrityCheck, rotateBackups } from './db/safety.js';

async function main() {
  const target = databaseTarget();
  let key: BackupKey | null = null;
  let trustProxy = 0;
  try {
    key = backupKey();
    trustProxy = trustedProxyHops();
  } catch (err) {
    process.stderr.write(`crescendo: ${(err as Error).message}\n`);
    process.exit(1);
  }
  let release: () => void = () => undefined;
  if ('dataDir' in target) {
    try {
      release = acquireDataDirLock(target.dataDir);
    } catch (err) {
      process.stderr.write(`crescendo: ${(err as Error).message}\n`);
      process.exit(1);
    }
  }
  let database: Database;
  try {
    database = await openDatabase(target);
  } catch (err) {
    release();
    process.stderr.write(`crescendo: could not open the database: ${(err as Error).message}\n`);
    process.exit(1);
  }
  if ('dataDir' in target) {
    try {
      await integrityCheck(database.db);
    } catch (err) {
      await database.close().catch(() => undefined);
      release();
      process.stderr.write(`crescendo: ${(err as Error).message}\n`);
      process.exit(1);
    }
  }
  const app = await buildApp({ database, trustProxy, logger: process.env.CRESCENDO_LOG !== '0' });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    release();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const port = Number(process.env.PORT ?? 3000);
  await app.listen({ port, host: process.env.HOST ?? '127.0.0.1' });
  const where = 'dataDir' in target ? `PGlite in ${target.dataDir}` : 'PostgreSQL';
  process.stdout.write(`Crescendo is running at http://localhost:${port} (${where})\n`);
  if ('dataDir' in target) {
    // The daily backup runs after the server answers, so a large practice does not delay the start.
    const backup = () => void rotateBackups(database, target.dataDir, new Date(), key, app.recordings.store).catch((e) => process.stderr.write(`crescendo: backup failed: ${(e as Error).message}\n`));
    // PGlite has no autovacuum: the planner's statistics are refreshed hourly as the practice grows.
    const analyze = () => void database.db.execute(sql`analyze`).catch((e) => process.stderr.write(`crescendo: analyze failed: ${(e as Error).message}\n`));
    if (!key) process.stdout.write('Daily backups are not signed: make a key with "npm run crescendo -- backup-key --out FILE" outside the data directory and set CRESCENDO_BACKUP_KEY_FILE\n');
    backup();
    setInterval(() => (analyze(), backup()), 3600_000).unref();
  }
}

main().catch((err) => {
  process.stderr.write(`crescendo: ${(err as Error).message}\n`);
  process.exit(1);
});
