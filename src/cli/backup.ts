/** `backup --out F` and `restore --in F`. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Database } from '../server/db/connection.js';
import { createBackup, parseBackup, restoreBackup } from '../server/backup/backup.js';
import { flag, type Parsed } from './args.js';

export async function backupCommand(database: Database, args: Parsed): Promise<string> {
  const out = flag(args, 'out', true);
  const { bytes, sha256, rows } = await createBackup(database);
  const tmp = `${out}.partial`;
  writeFileSync(tmp, bytes, { mode: 0o600 });
  parseBackup(readFileSync(tmp)); // verify what was written before it replaces anything
  renameSync(tmp, out);
  return `wrote ${out}: ${rows} rows, ${(bytes.length / 1024).toFixed(0)} KiB, sha256 ${sha256}`;
}

export async function restoreCommand(database: Database, args: Parsed): Promise<string> {
  const file = flag(args, 'in', true);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new Error(`cannot read ${file}`);
  }
  const { rows, sha256 } = await restoreBackup(database, bytes);
  return `restored ${rows} rows from ${file} (sha256 ${sha256})`;
}
