import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { goalDomainCreateSchema, interventionCreateSchema } from '../../domain/schemas/plan.js';
import { idParams } from '../../domain/schemas/common.js';
import { domainOutSchema, interventionOutSchema } from '../http/schemas.js';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';

const key = z.string().max(64).regex(/^[a-z0-9_]+$/, 'must be a lowercase key');

export const libraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/goal-domains', { schema: { response: { 200: z.object({ items: z.array(domainOutSchema) }) } } }, async (req) => ({ items: await service.listGoalDomains(ctxOf(req)) }));
  app.post('/goal-domains', { schema: { body: goalDomainCreateSchema, response: { 201: domainOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await service.createGoalDomain(ctxOf(req), req.body)),
  );
  app.get(
    '/interventions',
    { schema: { querystring: z.object({ domain: key.optional(), population: key.optional(), technique: key.optional(), q: z.string().max(200).optional() }), response: { 200: z.object({ items: z.array(interventionOutSchema) }) } } },
    async (req) => ({ items: await service.listInterventions(ctxOf(req), req.query) }),
  );
  app.get('/interventions/:id', { schema: { params: idParams, response: { 200: interventionOutSchema } } }, async (req) => service.getIntervention(ctxOf(req), req.params.id));
  app.post('/interventions', { schema: { body: interventionCreateSchema, response: { 201: interventionOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await service.createIntervention(ctxOf(req), req.body)),
  );
};
