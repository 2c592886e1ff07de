/** Optimistic concurrency: an update must name the version it read; a stale write is refused with the current one. */
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './connection.js';
import { Problem } from '../http/problem.js';

type Versioned = PgTable & { id: PgColumn; version: PgColumn; organizationId: PgColumn; updatedAt: PgColumn };

export async function updateVersioned<T extends Versioned>(
  tx: Db,
  table: T,
  id: string,
  organizationId: string,
  version: number,
  set: Record<string, unknown>,
): Promise<T['$inferSelect']> {
  const rows = (await tx
    .update(table)
    .set({ ...set, version: sql`${table.version} + 1`, updatedAt: new Date().toISOString() } as never)
    .where(and(eq(table.id, id), eq(table.organizationId, organizationId), eq(table.version, version)))
    .returning()) as unknown as T['$inferSelect'][];
  if (rows.length === 1) return rows[0] as T['$inferSelect'];
  const current = (await tx
    .select({ version: table.version })
    .from(table as PgTable)
    .where(and(eq(table.id, id), eq(table.organizationId, organizationId)))) as { version: number }[];
  throw staleVersion(version, current[0]?.version);
}

/** The refusal of a write made on a version that is no longer the current one, naming both. */
export function staleVersion(edited: number, currentVersion: number | undefined, changed = 'this record was'): Problem {
  return new Problem(
    409,
    `${changed} changed by someone else (you edited version ${edited}, it is now version ${String(currentVersion)}); reload and apply your change again`,
    [{ path: 'body.version', message: 'is not the current version' }],
    { currentVersion },
    'stale-version',
  );
}

/** Strips undefined so a partial update only touches the fields it names. */
export function defined<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
