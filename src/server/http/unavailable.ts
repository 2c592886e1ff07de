/**
 * Failures that mean "the database cannot answer right now", not "this request is wrong": the
 * server is down, unreachable, restarting, out of connections, or a statement ran past its time.
 * They are answered 503 with Retry-After, and the same request can succeed later.
 */
import { Problem } from './problem.js';

export const RETRY_AFTER_SECONDS = 5;

/** Network errors of node:net and node:dns on the way to the database server. */
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** SQLSTATEs: too many connections, statement timeout / cancel, shutdown, cannot connect now. */
const SQLSTATE = new Set(['53300', '57014', '57P01', '57P02', '57P03']);
/** node-postgres and its pool say these in words only (no code). */
const PG_MESSAGES = [/^timeout exceeded when trying to connect/i, /^Connection terminated/i, /^Query read timeout/i, /is not queryable/i, /^Client was closed/i];

function unavailableCode(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK.has(code) || SQLSTATE.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && PG_MESSAGES.some((m) => m.test(message))) return true;
  }
  return false;
}

export function databaseUnavailable(err: unknown): Problem | null {
  if (!unavailableCode(err)) return null;
  return new Problem(503, `the database is not answering; nothing was saved. Try again in ${RETRY_AFTER_SECONDS} seconds`, undefined, {
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });
}
