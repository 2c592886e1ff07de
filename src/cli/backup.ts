/** `backup --out F`, `restore --in F [--unsigned]` and `backup-key --out F`. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Database } from '../server/db/connection.js';
import { backupKey, recordingsDir } from '../server/config.js';
import { RecordingStore } from '../server/recordings/store.js';
import { createBackup, parseBackup, restoreBackup } from '../server/backup/backup.js';
import { writeKeyFile } from '../server/backup/signing.js';
import { flag, type Parsed } from './args.js';

const UNSIGNED_HINT = 'make a key with "backup-key --out FILE" (outside the data directory) and set CRESCENDO_BACKUP_KEY_FILE, so a restore can tell the backup is yours';

export async function backupCommand(database: Database, args: Parsed): Promise<string> {
  const out = flag(args, 'out', true);
  const key = backupKey();
  const { bytes, sha256, rows, files } = await createBackup(database, key, new RecordingStore(recordingsDir()));
  const tmp = `${out}.partial`;
  writeFileSync(tmp, bytes, { mode: 0o600 });
  parseBackup(readFileSync(tmp), { key, allowUnsigned: !key }); // verify what was written before it replaces anything
  renameSync(tmp, out);
  const signed = key ? `signed with key ${key.id}` : `NOT signed: ${UNSIGNED_HINT}`;
  return `wrote ${out}: ${rows} rows, ${files} recording file${files === 1 ? '' : 's'}, ${(bytes.length / 1024).toFixed(0)} KiB, sha256 ${sha256}, ${signed}`;
}

export async function restoreCommand(database: Database, args: Parsed): Promise<string> {
  const file = flag(args, 'in', true);
  const allowUnsigned = args.flags.unsigned === true;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new Error(`cannot read ${file}`);
  }
  const store = new RecordingStore(recordingsDir());
  const { rows, sha256, signed, files } = await restoreBackup(database, bytes, { key: backupKey(), allowUnsigned, store });
  const warning = signed ? '' : ' WARNING: the backup was not signed; nothing shows it is the one this practice wrote';
  return `restored ${rows} rows and ${files} recording file${files === 1 ? '' : 's'} (into ${store.dir}) from ${file} (sha256 ${sha256}, ${signed ? 'signature verified' : 'unsigned'}).${warning}`;
}

/** Needs no database: writes a new backup key (0600) that the operator keeps outside the data directory. */
export function backupKeyCommand(args: Parsed): string {
  const out = flag(args, 'out', true);
  const key = writeKeyFile(out);
  return `wrote backup key ${key.id} to ${out} (mode 0600). Keep it outside the data directory and in a second safe place: without it, signed backups cannot be checked. Set CRESCENDO_BACKUP_KEY_FILE=${out}`;
}
