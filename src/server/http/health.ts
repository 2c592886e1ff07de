/** GET /api/health: ok only when the database answers `select 1` within a short time; else 503. */
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/connection.js';
import { Problem } from './problem.js';
import { RETRY_AFTER_SECONDS } from './unavailable.js';

export const HEALTH_TIMEOUT_MS = 2_000;

async function databaseAnswers(database: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
  });
  const answer = database.db.execute(sql`select 1 as ok`).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealth(app: FastifyInstance, version: string) {
  app.get('/api/health', { schema: { hide: true } }, async () => {
    const database = app.database;
    if (!(await databaseAnswers(database)))
      throw new Problem(503, `the database (${database.engine}) is not answering`, undefined, {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        database: database.engine,
        version,
      });
    return { status: 'ok', database: database.engine, version };
  });
}
