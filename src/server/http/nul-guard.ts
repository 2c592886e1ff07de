/** PostgreSQL text cannot hold U+0000: a request carrying it is refused up front, naming the field. */
import type { FastifyInstance } from 'fastify';
import { Problem } from './problem.js';

function findNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], [...path, String(i)]);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = k.includes('\u0000') ? [...path, k] : findNul(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

export function registerNulGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const [where, value] of [['body', request.body], ['query', request.query], ['params', request.params]] as const) {
      const hit = findNul(value, [where]);
      if (hit) throw new Problem(400, 'text must not contain the NUL character (U+0000)', [{ path: hit.join('.'), message: 'contains U+0000' }]);
    }
  });
}
