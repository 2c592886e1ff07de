/**
 * A PGlite data directory holds the clinic's record and the switches of its engine
 * (postgresql.auto.conf can turn every integrity trigger off): only the account that runs Crescendo
 * may read or write it. The embedded engine creates its files readable and writable by everyone
 * (mode 0666, whatever the umask), so what protects them is the directory around them: 0700, as
 * PostgreSQL itself requires of its data directory. Every file Crescendo writes is 0600.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export class UnsafeDataDir extends Error {}

const mode = (m: number) => `0${(m & 0o777).toString(8)}`;

/** Files 0600 and folders 0700 below `dir`; answers how many were open to others. Symbolic links are left alone. */
function tighten(dir: string): number {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = lstatSync(p);
    if (st.isSymbolicLink()) continue;
    if (st.mode & 0o077) {
      chmodSync(p, st.isDirectory() ? 0o700 : 0o600);
      changed++;
    }
    if (st.isDirectory()) changed += tighten(p);
  }
  return changed;
}

/**
 * Creates the data directory 0700, or checks an existing one: refused when it belongs to another
 * account or another account can write it (someone may already have changed what is inside);
 * readable by others, it is closed with a warning. Everything below it becomes this account's only.
 */
export function secureDataDir(dataDir: string, warn: (line: string) => void = (l) => process.stderr.write(`crescendo: ${l}\n`)): void {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const st = statSync(dataDir);
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid)
    throw new UnsafeDataDir(`the data directory ${dataDir} belongs to another account (uid ${st.uid}); nothing was opened. Run Crescendo as that account, or choose a directory of your own with CRESCENDO_DATA_DIR`);
  if (st.mode & 0o022)
    throw new UnsafeDataDir(
      `the data directory ${dataDir} can be written by other accounts (mode ${mode(st.mode)}); nothing was opened. ` +
        `Someone could have changed the record or switched off its protections: check with whoever runs this computer, then run  chmod 700 '${dataDir}'  and start again`,
    );
  const wasOpen = (st.mode & 0o077) !== 0;
  if (wasOpen) chmodSync(dataDir, 0o700);
  const inside = tighten(dataDir);
  if (wasOpen) warn(`the data directory ${dataDir} was readable by other accounts (mode ${mode(st.mode)}); it and its ${inside} files are now this account's only`);
}
