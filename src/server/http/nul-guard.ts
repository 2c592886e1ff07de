/**
 * Checked before validation, on body, query and parameters: PostgreSQL text cannot hold U+0000, and
 * a value nested deeper than LIMITS.jsonDepth is refused (the walk is iterative, so no depth can
 * exhaust the stack). Either gives 400 naming the field.
 */
import type { FastifyInstance } from 'fastify';
import { LIMITS } from '../../domain/schemas/common.js';
import { Problem } from './problem.js';

type Hit = { path: string[]; reason: 'nul' | 'depth' };

function inspect(root: unknown, rootPath: string): Hit | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [rootPath] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { path, reason: 'nul' };
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (path.length > LIMITS.jsonDepth) return { path: path.slice(0, LIMITS.jsonDepth + 1), reason: 'depth' };
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (key.includes('\u0000')) return { path: [...path, key], reason: 'nul' };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

export function registerNulGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const [where, value] of [['body', request.body], ['query', request.query], ['params', request.params]] as const) {
      const hit = inspect(value, where);
      if (hit?.reason === 'nul') throw new Problem(400, 'text must not contain the NUL character (U+0000)', [{ path: hit.path.join('.'), message: 'contains U+0000' }]);
      if (hit?.reason === 'depth')
        throw new Problem(400, `the request ${where} is nested deeper than ${LIMITS.jsonDepth} levels`, [{ path: where, message: `nested deeper than ${LIMITS.jsonDepth} levels` }]);
    }
  });
}
