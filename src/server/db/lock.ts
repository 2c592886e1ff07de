/** One process owns a PGlite data directory: an exclusive lock file, recognised as stale when its owner is gone. */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { secureDataDir } from './file-modes.js';

export const LOCK_FILE = 'crescendo.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws an Error whose message is the one line to print. Returns the release function. */
export function acquireDataDirLock(dataDir: string): () => void {
  secureDataDir(dataDir);
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let pid = 0;
      try {
        pid = Number(JSON.parse(readFileSync(file, 'utf8')).pid) || 0;
      } catch {
        /* unreadable lock: the writer died mid-write; treat as stale */
      }
      if (pid && pid !== process.pid && alive(pid))
        throw new Error(`the data directory ${dataDir} is in use by another Crescendo process (pid ${pid}); stop it first or use another CRESCENDO_DATA_DIR`);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock the data directory ${dataDir}`);
}
