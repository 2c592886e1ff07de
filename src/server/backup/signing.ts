/**
 * An organization signs its backups with a key kept outside the data directory (HMAC-SHA256 over the
 * backup's content hash). A backup edited and re-hashed no longer carries a valid signature; one
 * without a signature restores only when the operator says so (`restore --unsigned`).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BackupKey {
  id: string;
  secret: Buffer;
}
export interface BackupSignature {
  alg: 'HMAC-SHA256';
  keyId: string;
  value: string;
}

const KEY_PREFIX = 'crescendo-backup-key-v1:';

export function signatureOf(key: BackupKey, sha256: string): BackupSignature {
  return { alg: 'HMAC-SHA256', keyId: key.id, value: createHmac('sha256', key.secret).update(sha256).digest('hex') };
}

export function signatureValid(key: BackupKey, sha256: string, sig: BackupSignature): boolean {
  if (sig.alg !== 'HMAC-SHA256' || sig.keyId !== key.id || typeof sig.value !== 'string') return false;
  const want = Buffer.from(signatureOf(key, sha256).value, 'hex');
  const got = Buffer.from(sig.value, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}

/** A new key file (0600): 32 random bytes, hex, behind a line that says what it is. */
export function writeKeyFile(file: string): BackupKey {
  const secret = randomBytes(32);
  writeFileSync(file, `${KEY_PREFIX}${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return keyOf(secret);
}

const keyOf = (secret: Buffer): BackupKey => ({ secret, id: createHash('sha256').update(secret).digest('hex').slice(0, 16) });

const inside = (file: string, dir: string) => {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Reads the key named by CRESCENDO_BACKUP_KEY_FILE. Refused when it lies inside the data directory
 * (whoever can change the record could then re-sign it) or other accounts can read it.
 */
export function loadBackupKey(file: string | undefined, dataDir?: string): BackupKey | null {
  if (!file) return null;
  if (dataDir && inside(file, dataDir)) throw new Error(`the backup key ${file} is inside the data directory ${dataDir}; keep it elsewhere (another disk or a secrets store), or it protects nothing`);
  let text: string;
  try {
    if (statSync(file).mode & 0o077) throw new Error(`the backup key ${file} can be read by other accounts; run  chmod 600 '${file}'`);
    text = readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as Error).message.includes('chmod')) throw err;
    throw new Error(`cannot read the backup key ${file} (CRESCENDO_BACKUP_KEY_FILE)`);
  }
  if (!text.startsWith(KEY_PREFIX) || !/^[0-9a-f]{64}$/.test(text.slice(KEY_PREFIX.length)))
    throw new Error(`${file} is not a Crescendo backup key (make one with "crescendo backup-key --out FILE")`);
  return keyOf(Buffer.from(text.slice(KEY_PREFIX.length), 'hex'));
}
