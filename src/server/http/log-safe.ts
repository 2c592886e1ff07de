/**
 * What a log line may say about an error. A database error names its statement (kind and table) and
 * its SQLSTATE, never the parameters (emails, token hashes, clinical text), the SQL text, or the
 * server's message and detail, which quote values ("Key (email)=(…) already exists").
 */
const SQLSTATE = /^[0-9A-Z]{5}$/;

interface Failure {
  name?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  query?: unknown;
  params?: unknown;
  cause?: unknown;
  table?: unknown;
  constraint?: unknown;
  routine?: unknown;
}

/** "insert into goals", "select from users": the statement's kind and first table, from our own SQL. */
export function statementName(query: string): string {
  const kind = /^\s*(\w+)/.exec(query)?.[1]?.toLowerCase() ?? 'statement';
  const table = /\b(?:into|update|from)\s+("?[A-Za-z_][\w]*"?(?:\."?[A-Za-z_][\w]*"?)?)/i.exec(query)?.[1]?.replace(/"/g, '');
  return table ? `${kind} ${table}` : kind;
}

function databaseFailure(err: Failure): Failure | null {
  if (typeof err.query === 'string') return err;
  if (typeof err.code === 'string' && SQLSTATE.test(err.code)) return err;
  return null;
}

export interface LoggedError {
  type: string;
  message: string;
  stack: string;
  [more: string]: unknown;
}

export function errorForLog(error: unknown): LoggedError {
  if (!error || typeof error !== 'object') return { type: typeof error, message: String(error), stack: '' };
  const err = error as Failure;
  const db = databaseFailure(err);
  if (!db) return { type: err.name ?? 'Error', message: String(err.message), code: err.code, stack: err.stack ?? '' };
  const cause = (typeof db.query === 'string' ? db.cause : db) as Failure | undefined;
  const statement = typeof db.query === 'string' ? statementName(db.query) : 'a statement';
  // The stack's first line is the message, which carries the parameters: it is left out.
  return {
    type: 'DatabaseError',
    message: `${statement} failed (SQLSTATE ${String(cause?.code ?? 'unknown')})`,
    stack: '',
    statement,
    sqlstate: cause?.code,
    table: cause?.table,
    constraint: cause?.constraint,
    routine: cause?.routine,
  };
}
