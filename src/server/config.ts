/** Where the data lives: PostgreSQL when DATABASE_URL is set, else embedded PGlite in CRESCENDO_DATA_DIR. */
import path from 'node:path';
import type { DatabaseTarget } from './db/connection.js';

export function databaseTarget(env = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: dataDir(env) };
}

export function dataDir(env = process.env): string {
  return path.resolve(env.CRESCENDO_DATA_DIR ?? './data');
}
