import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { uuidSchema } from '../../domain/schemas/common.js';
import { ctxOf } from '../auth/hook.js';
import { RESTORABLE_TYPES, restoreRecord } from './service.js';

export const restoreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/restore',
    { schema: { body: z.strictObject({ entityType: z.enum(RESTORABLE_TYPES), id: uuidSchema }), response: { 200: z.object({ entityType: z.string(), id: z.string() }) } } },
    async (req) => restoreRecord(ctxOf(req), req.body.entityType, req.body.id),
  );
};
