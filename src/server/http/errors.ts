/** Maps every failure to a problem+json body; never a stack trace to the client. */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { Problem, type FieldError } from './problem.js';
import { databaseUnavailable } from './unavailable.js';

export function sendProblem(reply: FastifyReply, problem: Problem) {
  const body = problem.body();
  if ((problem.status === 429 || problem.status === 503) && typeof body.retryAfterSeconds === 'number') reply.header('retry-after', String(body.retryAfterSeconds));
  return reply.code(problem.status).type('application/problem+json').send(body);
}

/** PostgreSQL error codes that are the client's fault, and what they mean in words. */
function fromDatabase(err: { code?: string; message?: string; cause?: unknown }): Problem | null {
  const e = (err.code ? err : (err.cause as { code?: string; message?: string } | undefined)) ?? err;
  switch (e.code) {
    case '23505':
      return new Problem(409, 'a record with this identifier already exists');
    case '23503':
      return new Problem(422, 'a referenced record does not exist', [{ path: '', message: 'unknown reference' }]);
    case 'P0001':
      return new Problem(409, (e.message ?? '').replace(/^crescendo: /, ''));
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new Problem(400, 'a value is not in a form the database accepts');
    default:
      return null;
  }
}

export function toProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as { validationContext?: string }).validationContext ?? 'body';
    const errors: FieldError[] = error.validation.map((v) => ({
      path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'is not valid',
    }));
    return new Problem(400, `the request ${where} is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, errors);
  }
  const fe = error as FastifyError & { code?: string };
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const detail =
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? 'the request body is not valid JSON'
        : fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'the request body is larger than the server accepts'
          : fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'the request body must be application/json'
            : fe.message;
    return new Problem(fe.statusCode, detail, [{ path: 'body', message: detail }]);
  }
  const db = databaseUnavailable(error) ?? fromDatabase(fe as { code?: string; message?: string; cause?: unknown });
  if (db) return db;
  return new Problem(500, 'something went wrong on the server; nothing was saved');
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500 || isResponseSerializationError(error)) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) => {
    return sendProblem(reply, new Problem(404, `no such route: ${request.method} ${request.url.split('?')[0]}`));
  });
}
