/**
 * Lossless backup and restore. Format (version 3; version 2 had no coverages, IEPs, group notes, plan versions, recordings,
 * family links or home practice; version 1 no audit_chain or billing): gzip of one JSON document `{ format: "crescendo-backup", version, createdAt, engine,
 * tables: { <table>: rows[] }, sha256, files }`, where sha256 is over the canonical JSON of `tables`, `signature` (an HMAC of
 * sha256 with the organization's backup key, when one is configured: signing.ts), and `files` the recordings' audio
 * (base64 by sha256). The audio is covered by the tables' hash through each recording row's sha256: a
 * file is read back only when its bytes hash to the name a row gives it. Sign-in records are not clinical
 * data and are not part of a backup: sessions (auth_sessions), throttling counters (signin_throttle)
 * and known sign-in devices (signin_devices). Restore goes only into an empty database, in one
 * transaction, and only after every row and every signed note is checked (validate.ts).
 */
import { createHash } from 'node:crypto';
import { createGzip, gunzipSync } from 'node:zlib';
import { asc, getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../db/connection.js';
import * as s from '../db/schema.js';
import { canonical } from '../../domain/canonical.js';
import { signatureOf, signatureValid, type BackupKey, type BackupSignature } from './signing.js';
import { checkRows, checkSignatures, describeFindings } from './validate.js';
import { chainProblems, describeChainProblems, linkUnlinked } from '../audit/chain.js';
import { sha256Of, type RecordingStore } from '../recordings/store.js';

export const BACKUP_FORMAT = 'crescendo-backup';
export const BACKUP_VERSION = 3;

/** In foreign-key order: a table comes after every table it references. */
export const BACKUP_TABLES: [string, PgTable][] = [
  ['organizations', s.organizations], ['users', s.users], ['supervision', s.supervision], ['clients', s.clients], ['care_team', s.careTeam],
  ['assessments', s.assessments], ['goal_domains', s.goalDomains], ['goals', s.goals], ['objectives', s.objectives], ['phases', s.phases],
  ['interventions', s.interventions], ['treatment_plans', s.treatmentPlans], ['plan_links', s.planLinks],
  ['plan_versions', s.planVersions], ['plan_acknowledgements', s.planAcknowledgements], ['sessions', s.sessions],
  ['session_participants', s.sessionParticipants], ['delivered_interventions', s.deliveredInterventions], ['music_uses', s.musicUses], ['data_points', s.dataPoints],
  ['recordings', s.recordings],
  // Billing: service lines before the notes, whose signature locks them.
  ['service_codes', s.serviceCodes], ['service_lines', s.serviceLines], ['authorizations', s.authorizations], ['client_coverages', s.clientCoverages],
  ['ieps', s.ieps],
  ['group_notes', s.groupNotes], ['notes', s.notes], ['addenda', s.addenda], ['plan_proposals', s.planProposals],
  // Family access and home practice: the links after the users they name, the logs after their practice.
  ['family_links', s.familyLinks], ['home_practices', s.homePractices], ['practice_logs', s.practiceLogs], ['audit_log', s.auditLog],
  ['audit_chain', s.auditChain],
];

/** Tables that came with a later format: a backup of an earlier one has none of them (they restore empty). */
const SINCE_VERSION: Record<string, number> = { audit_chain: 2, service_codes: 2, service_lines: 2, authorizations: 2, client_coverages: 3, ieps: 3, group_notes: 3, plan_versions: 3, plan_acknowledgements: 3, recordings: 3, family_links: 3, home_practices: 3, practice_logs: 3 };

/** The tables a backup of a format version holds. */
export const tablesOfVersion = (version: number) => BACKUP_TABLES.map(([name]) => name).filter((name) => version >= (SINCE_VERSION[name] ?? 1));

export type Rows = Record<string, unknown>[];

/**
 * The instant columns of a table, by field name. Which values are instants is decided by the column's
 * type in the schema, never by what a value looks like: free text that begins with a date is text.
 */
export function instantFieldsOf(table: PgTable): Set<string> {
  return new Set(Object.entries(getTableColumns(table)).filter(([, col]) => col.getSQLType().startsWith('timestamp')).map(([field]) => field));
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}(?::?\d{2}){0,2})?$/;

/**
 * An instant as ISO 8601 UTC with microseconds (PostgreSQL's precision), so both engines write the
 * same text and nothing is lost. A value the pattern does not know (infinity, a BC date) is kept as read.
 */
export function isoInstant(value: string): string {
  const m = INSTANT.exec(value);
  if (!m) return value;
  const [, day, time, fraction = '', zone = 'Z'] = m;
  let offset = zone === 'Z' ? 'Z' : zone.replace(/:/g, '');
  if (offset !== 'Z') offset = `${offset.slice(0, 3)}:${(offset.slice(3, 5) || '00')}`; // seconds in an offset: not used by any zone today
  const at = new Date(`${day}T${time}${offset}`);
  if (Number.isNaN(at.getTime())) return value;
  return `${at.toISOString().slice(0, 19)}.${fraction.padEnd(6, '0')}Z`;
}

function normalizer(table: PgTable): (row: Record<string, unknown>) => Record<string, unknown> {
  const instants = instantFieldsOf(table);
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'string' && instants.has(k) ? isoInstant(v) : v;
    return out;
  };
}

/** Rows read per statement: the embedded engine's memory grows to its largest result and stays there. */
const PAGE = 5_000;

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The primary-key columns of a table, for reading it page by page in key order. */
function keyOf(table: PgTable): PgColumn[] {
  const config = getTableConfig(table);
  const single = config.columns.filter((c) => c.primary);
  return single.length ? single : (config.primaryKeys[0]?.columns ?? []);
}

/** The primary key's columns by their field names in a row. */
export function keyFieldsOf(table: PgTable): string[] {
  const fields = Object.entries(getTableColumns(table));
  return keyOf(table).map((c) => fields.find(([, col]) => col.name === c.name)![0]);
}

/** Every row of a table, a page at a time (keyset pagination on the primary key). */
async function readTable(db: Db, table: PgTable, pageSize: number): Promise<Rows> {
  const key = keyOf(table);
  if (key.length === 0) return (await db.select().from(table)) as Rows;
  const keyFields = keyFieldsOf(table);
  const rows: Rows = [];
  let after: unknown[] | null = null;
  for (;;) {
    const page = (await db
      .select()
      .from(table)
      .where(after ? sql`(${sql.join(key, sql`, `)}) > (${sql.join(after.map((v) => sql`${v}`), sql`, `)})` : undefined)
      .orderBy(...key.map((c) => asc(c)))
      .limit(pageSize)) as Rows;
    rows.push(...page);
    if (page.length < pageSize) return rows;
    // PGlite answers within the same turn of the event loop: without this, requests wait for the whole read.
    await yieldToRequests();
    const last = page.at(-1)!;
    after = keyFields.map((f) => last[f]);
  }
}

/** One table of a snapshot: each row's canonical JSON in canonical order (and the rows, when asked). */
interface TableImage {
  name: string;
  lines: string[];
  rows?: Rows;
}

/**
 * Every table from one snapshot (a backup taken while the app runs is consistent). Only the reading
 * holds the transaction; the rows are put in canonical order afterwards, a table at a time, letting
 * requests through in between (on PGlite the app shares the one connection). What is done with is
 * let go as it goes: a backup of a large practice would otherwise hold it twice.
 */
async function snapshot(db: Db, opts: { pageSize?: number; keepRows?: boolean } = {}): Promise<TableImage[]> {
  const pageSize = opts.pageSize ?? PAGE;
  const raw: [string, Rows][] = [];
  await db.transaction(
    async (txRaw) => {
      for (const [name, table] of BACKUP_TABLES) raw.push([name, await readTable(txRaw as unknown as Db, table, pageSize)]);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const images: TableImage[] = [];
  for (let t = 0; t < raw.length; t++) {
    const [name, rows] = raw[t]!;
    raw[t] = [name, []];
    const normalize = normalizer(BACKUP_TABLES[t]![1]);
    const keyed: (readonly [string, Record<string, unknown>])[] = [];
    for (let i = 0; i < rows.length; i += PAGE) {
      for (const r of rows.slice(i, i + PAGE)) {
        const row = normalize(r);
        keyed.push([canonical(row), row]);
      }
      await yieldToRequests();
    }
    keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    images.push({ name, lines: keyed.map(([l]) => l), ...(opts.keepRows ? { rows: keyed.map(([, r]) => r) } : {}) });
  }
  return images;
}

/** Every table's rows in canonical order, from one snapshot. */
export async function readTables(db: Db, pageSize = PAGE): Promise<Record<string, Rows>> {
  return Object.fromEntries((await snapshot(db, { pageSize, keepRows: true })).map((t) => [t.name, t.rows!]));
}

export const tablesHash = (tables: Record<string, Rows>) => createHash('sha256').update(canonical(tables)).digest('hex');

/** canonical(tables) in pieces, from each row's canonical JSON: hashed and written without building it whole. */
function* canonicalPieces(images: TableImage[]): Generator<string> {
  const sorted = [...images].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  yield '{';
  for (const [i, t] of sorted.entries()) {
    yield `${i ? ',' : ''}${JSON.stringify(t.name)}:[`;
    for (let k = 0; k < t.lines.length; k += 1000) yield (k ? ',' : '') + t.lines.slice(k, k + 1000).join(',');
    yield ']';
  }
  yield '}';
}

/**
 * The backup document, written as it is hashed: the tables in canonical JSON, then their sha256
 * (the last member; readers take members by name). Compressed off the main thread as it comes.
 */
export async function createBackup(database: Database, key: BackupKey | null = null, store: RecordingStore | null = null): Promise<{ bytes: Buffer; sha256: string; rows: number; signed: boolean; files: number }> {
  const images = await snapshot(database.db);
  const audio = audioOf(images, store);
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), engine: database.engine });
  const hash = createHash('sha256');
  const gzip = createGzip();
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  const write = async (piece: string) => {
    if (!gzip.write(piece)) await new Promise((resolve) => gzip.once('drain', resolve));
  };
  await write(`${head.slice(0, -1)},"tables":`);
  for (const piece of canonicalPieces(images)) {
    hash.update(piece);
    await write(piece);
  }
  const sha256 = hash.digest('hex');
  await write(`,"sha256":${JSON.stringify(sha256)}${key ? `,"signature":${JSON.stringify(signatureOf(key, sha256))}` : ''},"files":{`);
  for (const [i, hash] of audio.entries()) await write(`${i ? ',' : ''}${JSON.stringify(hash)}:${JSON.stringify(store!.read(hash).toString('base64'))}`);
  await write('}}');
  gzip.end();
  await done;
  return { bytes: Buffer.concat(out), sha256, rows: images.reduce((n, t) => n + t.lines.length, 0), signed: key !== null, files: audio.length };
}

/** The audio files the snapshot's recordings name, each checked intact in the store: a backup without them would not be whole. */
function audioOf(images: TableImage[], store: RecordingStore | null): string[] {
  const rows = images.find((t) => t.name === 'recordings')?.lines ?? [];
  const hashes = [...new Set(rows.map((line) => (JSON.parse(line) as { sha256: string }).sha256))].sort();
  if (hashes.length && !store) throw new BackupRefused('the practice has recordings, and this backup was not given their file store');
  const bad = hashes.filter((h) => !store!.intact(h));
  if (bad.length) throw new BackupRefused(`the audio of ${bad.length} recording file${bad.length === 1 ? ' is' : 's are'} missing or damaged in ${store!.dir} (${bad.slice(0, 3).join(', ')}); restore ${bad.length === 1 ? 'it' : 'them'} from an earlier backup before backing up`);
  return hashes;
}

export class BackupRefused extends Error {}

export interface ReadOptions {
  /** Where a restore puts the recordings' audio. */
  store?: RecordingStore | null;
  /** The organization's backup key: a signed backup is checked against it. */
  key?: BackupKey | null;
  /** Accept a backup without a signature (the operator vouches for where it came from). */
  allowUnsigned?: boolean;
}

export function parseBackup(bytes: Buffer, opts: ReadOptions = {}): { tables: Record<string, Rows>; sha256: string; signed: boolean; version: number; files: Map<string, Buffer> } {
  let doc: { format?: string; version?: number; sha256?: string; tables?: Record<string, Rows>; signature?: BackupSignature; files?: Record<string, unknown> };
  try {
    doc = JSON.parse(gunzipSync(bytes).toString('utf8'));
  } catch {
    throw new BackupRefused('the file is not a readable Crescendo backup (damaged or not gzip JSON)');
  }
  if (doc.format !== BACKUP_FORMAT) throw new BackupRefused('the file is not a Crescendo backup');
  if (typeof doc.version !== 'number' || doc.version > BACKUP_VERSION)
    throw new BackupRefused(`the backup has format version ${String(doc.version)}, newer than this Crescendo reads (${BACKUP_VERSION}); upgrade Crescendo first`);
  if (!doc.tables || typeof doc.tables !== 'object' || tablesHash(doc.tables) !== doc.sha256) throw new BackupRefused('the backup is damaged: its content does not match its checksum');
  if (doc.signature) {
    if (!opts.key) throw new BackupRefused(`the backup is signed (key ${String(doc.signature.keyId)}); set CRESCENDO_BACKUP_KEY_FILE to that key to restore it`);
    if (!signatureValid(opts.key, doc.sha256!, doc.signature))
      throw new BackupRefused(doc.signature.keyId === opts.key.id ? 'the backup’s signature does not match its content: it was changed after it was written' : `the backup was signed with key ${String(doc.signature.keyId)}, not with this key (${opts.key.id})`);
  } else if (!opts.allowUnsigned) {
    throw new BackupRefused('the backup is not signed, so nothing shows it is the one this practice wrote; restore it with --unsigned only if you know where it came from');
  }
  return { tables: doc.tables, sha256: doc.sha256!, signed: !!doc.signature, version: doc.version, files: audioFiles(doc.tables, doc.files) };
}

/** Every recording's audio, present and matching the hash its row gives it (the rows are covered by the backup's checksum). */
function audioFiles(tables: Record<string, Rows>, files: Record<string, unknown> | undefined): Map<string, Buffer> {
  const wanted = new Set((tables.recordings ?? []).map((r) => String(r.sha256)));
  const out = new Map<string, Buffer>();
  for (const hash of wanted) {
    const data = files?.[hash];
    const audio = typeof data === 'string' ? Buffer.from(data, 'base64') : null;
    if (!audio || sha256Of(audio) !== hash) throw new BackupRefused(`the backup is damaged: the audio of recording file ${hash} is ${audio ? 'not the one recorded (its hash differs)' : 'missing'}`);
    out.set(hash, audio);
  }
  return out;
}

/**
 * Rows as they were read, one statement per page: the page travels as a single JSON parameter that
 * PostgreSQL turns into rows of the table (json_populate_recordset), instead of a statement with a
 * parameter per value that the query builder assembles (three quarters of a restore's time).
 */
async function insertRows(tx: Db, name: string, table: PgTable, rows: Rows): Promise<void> {
  // A column added after the backup was written is absent from its rows: it takes its default.
  const present = new Set(rows.flatMap((r) => Object.keys(r)));
  const columns = Object.entries(getTableColumns(table)).filter(([field]) => present.has(field)).map(([field, col]) => [field, col.name] as const);
  const records = rows.map((r) => Object.fromEntries(columns.map(([field, column]) => [column, r[field] ?? null])));
  const list = sql.join(columns.map(([, column]) => sql.identifier(column)), sql`, `);
  await tx.execute(sql`insert into ${sql.identifier(name)} (${list}) select ${list} from json_populate_recordset(null::${sql.identifier(name)}, ${JSON.stringify(records)}::json)`);
}

export async function restoreBackup(database: Database, bytes: Buffer, opts: ReadOptions = {}): Promise<{ rows: number; sha256: string; signed: boolean; files: number }> {
  const { tables, sha256, signed, version, files } = parseBackup(bytes, opts);
  if (files.size && !opts.store) throw new BackupRefused('the backup holds recordings, and the restore was not given a file store for their audio');
  // The audio first: a file is named by its content, so one left by a refused restore is harmless and reused.
  for (const [hash, audio] of files) opts.store!.putExpected(hash, audio);
  return { rows: await restoreTables(database, tables, version), sha256, signed, files: files.size };
}

/** Restores checked tables (as parseBackup returns them) into an empty database; returns the rows written. */
export async function restoreTables(database: Database, tables: Record<string, Rows>, version = BACKUP_VERSION): Promise<number> {
  const bad = checkRows(tables, tablesOfVersion(version));
  if (bad.length) throw new BackupRefused(`the backup holds what the application would never write, so nothing was restored: ${describeFindings(bad)}`);
  return writeTables(database, tables, async (tx) => {
    const broken = await checkSignatures(tx);
    if (broken.length) throw new BackupRefused(`signed records in the backup no longer match their signatures, so nothing was restored: ${describeFindings(broken)}`);
    // A backup from before the chain: its trail is linked now, in the order it was written.
    if (version < 2) await linkUnlinked(tx);
    const trail = await chainProblems(tx);
    if (trail.length) throw new BackupRefused(`the backup’s audit trail is not the one that was written, so nothing was restored: ${describeChainProblems(trail)}`);
  });
}

/**
 * Writes rows as they are into an empty database, in one transaction that `verify` may still refuse.
 * Restores go through restoreTables, which checks the rows first; this is the storage underneath.
 */
export async function writeTables(database: Database, tables: Record<string, Rows>, verify: (tx: Db) => Promise<void> = async () => undefined): Promise<number> {
  let rows = 0;
  await database.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const result = (await tx.execute(sql`select (select count(*) from users) + (select count(*) from organizations) as n`)) as unknown as { rows: { n: number }[] };
    const n = result.rows[0]?.n ?? 0;
    if (Number(n) > 0) throw new BackupRefused('the target database is not empty; restore only into a new data directory or an empty database');
    for (const [name, table] of BACKUP_TABLES) {
      const list = tables[name] ?? [];
      for (let i = 0; i < list.length; i += PAGE) await insertRows(tx, name, table, list.slice(i, i + PAGE));
      rows += list.length;
    }
    await verify(tx);
    for (const [table, column] of [['audit_log', 'id'], ['audit_chain', 'seq']] as const)
      await tx.execute(sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table)}), 0) + 1, false)`);
  });
  // Fresh statistics for the planner (PGlite has no autovacuum to gather them).
  await database.db.execute(sql`analyze`);
  return rows;
}
