import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dateSchema, idParams } from '../../domain/schemas/common.js';
import { progressOutSchema } from '../http/schemas.js';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';

const counts = z.object({
  met: z.number(), progressing: z.number(), 'not-progressing': z.number(), 'insufficient-data': z.number(), total: z.number(), positiveShare: z.number().nullable(),
});

export const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/objectives/:id/progress', { schema: { params: idParams, response: { 200: progressOutSchema } } }, async (req) => service.objectiveProgress(ctxOf(req), req.params.id));
  app.get('/clients/:id/progress', { schema: { params: idParams, response: { 200: z.object({ clientId: z.string(), objectives: z.array(progressOutSchema) }) } } }, async (req) =>
    service.clientProgress(ctxOf(req), req.params.id),
  );
  const group = z.object({ label: z.string(), n: z.number(), median: z.number(), mean: z.number() });
  app.get(
    '/clients/:id/music-outcomes',
    {
      schema: {
        params: idParams,
        response: {
          200: z.object({
            clientId: z.string(), descriptive: z.string(),
            objectives: z.array(z.object({
              objectiveId: z.string(), label: z.string(), unit: z.string().nullable(), direction: z.string(), sessionsWithMusic: z.number(), withoutMusic: z.number(),
              byElement: z.object({ song: z.array(group), key: z.array(group), tempo: z.array(group), source: z.array(group) }),
            })),
          }),
        },
      },
    },
    async (req) => service.musicOutcomes(ctxOf(req), req.params.id),
  );
  app.get(
    '/outcomes',
    {
      schema: {
        querystring: z.object({ from: dateSchema.optional(), to: dateSchema.optional() }),
        response: { 200: z.object({ period: z.object({ from: z.string().optional(), to: z.string().optional() }), objectives: z.number(), overall: counts, byDomain: z.record(z.string(), counts), byPopulation: z.record(z.string(), counts), byTechnique: z.record(z.string(), counts) }) },
      },
    },
    async (req) => service.outcomes(ctxOf(req), req.query),
  );
};
