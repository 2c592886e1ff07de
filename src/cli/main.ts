/**
 * The crescendo command. Calls services directly (not HTTP). Exit codes: 0 ok, 1 failure with a
 * one-line reason on stderr, 2 usage.
 */
import { databaseTarget } from '../server/config.js';
import { openDatabase, type Database } from '../server/db/connection.js';
import { acquireDataDirLock } from '../server/db/lock.js';
import { Problem } from '../server/http/problem.js';
import { parseArgs, UsageError, wantsHelp, type Parsed } from './args.js';
import { loadDemo } from './demo/load.js';
import { userAdd } from './users.js';
import { backupCommand, backupKeyCommand, restoreCommand } from './backup.js';
import { exportCsvCommand, exportFhirCommand } from './export.js';
import { verifyCommand } from './verify.js';

const USAGE = `usage: npm run crescendo -- <command>
  demo [--password P]                         load the demo practice
  user add --email E --role R[,R] --name N [--password P] [--supervisor EMAIL]
                                              add a user (roles: admin, supervisor, therapist, intern)
  backup --out F                              write a verified backup of everything
  restore --in F [--unsigned]                 restore a backup into an empty database (--unsigned: one without a signature)
  backup-key --out F                          write a key that signs backups (set CRESCENDO_BACKUP_KEY_FILE to it)
  verify [--against F] [--unsigned]           check the audit trail's hash chain and every signature (and that the
                                              trail still holds what backup F recorded)
  export fhir --out F [--client ID]           write a FHIR R4 Bundle of every client (or one)
  export csv --out DIR                        write the research tables (CSV) and their data dictionary`;

type Command = (db: Database, args: Parsed) => Promise<string>;

function pick(args: Parsed): Command {
  const [a, b] = args.words;
  if (a === 'demo') return loadDemo;
  if (a === 'user' && b === 'add') return userAdd;
  if (a === 'backup') return backupCommand;
  if (a === 'restore') return restoreCommand;
  if (a === 'verify') return verifyCommand;
  if (a === 'export' && b === 'fhir') return exportFhirCommand;
  if (a === 'export' && b === 'csv') return exportCsvCommand;
  throw new UsageError(`unknown command: ${args.words.join(' ')}`);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let command: Command;
  let args: Parsed;
  try {
    args = parseArgs(argv);
    if (args.words[0] === 'backup-key') {
      // Needs no database: the key is written where the operator keeps it, outside the data directory.
      try {
        process.stdout.write(`${backupKeyCommand(args)}\n`);
        return 0;
      } catch (e) {
        process.stderr.write(`crescendo: ${(e as Error).message}\n`);
        return e instanceof UsageError ? 2 : 1;
      }
    }
    command = pick(args);
  } catch (e) {
    process.stderr.write(`crescendo: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const target = databaseTarget();
  let release = () => {};
  let db: Database | null = null;
  try {
    if ('dataDir' in target) release = acquireDataDirLock(target.dataDir);
    db = await openDatabase(target);
    process.stdout.write(`${await command(db, args)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`crescendo: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    const msg = e instanceof Problem ? `${e.detail}${e.errors?.length ? ` (${e.errors.map((x) => `${x.path}: ${x.message}`).join('; ')})` : ''}` : (e as Error).message;
    process.stderr.write(`crescendo: ${msg.split('\n')[0]}\n`);
    return 1;
  } finally {
    await db?.close().catch(() => undefined);
    release();
  }
}

main().then((code) => process.exit(code));
