/**
 * One part of a practice generated in its own process (bench/practice.ts starts one per core when
 * PGlite generates): `generate-part.ts <size> <today> <index> <of> <out>` writes `<out>.gz`, the
 * part's app backup, and `<out>.json`, its description.
 */
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../src/server/db/connection.js';
import { createBackup } from '../src/server/backup/backup.js';
import { generatePractice, type SizeName } from './generate.js';

const [size, today, index, of, out] = process.argv.slice(2);
if (!size || !today || !index || !of || !out) throw new Error('usage: generate-part.ts <size> <today> <index> <of> <out>');
const database = await openDatabase({ memory: true });
const meta = await generatePractice({ size: size as SizeName, database, today, part: { index: Number(index), of: Number(of) } });
const { bytes } = await createBackup(database);
writeFileSync(`${out}.gz`, bytes);
writeFileSync(`${out}.json`, JSON.stringify(meta));
await database.close();
