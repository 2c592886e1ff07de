import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  careTeamMemberSchema, clientCreateSchema, clientListQuery, clientSchema, clientSummarySchema, clientUpdateSchema,
} from '../../domain/schemas/clients.js';
import { idParams, page, shortText, uuidSchema } from '../../domain/schemas/common.js';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';

const clientOrSummary = z.union([clientSchema, clientSummarySchema]);

export const clientRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/clients', { schema: { querystring: clientListQuery, response: { 200: page(clientSummarySchema) } } }, async (req) =>
    service.listClients(ctxOf(req), req.query),
  );
  app.post('/clients', { schema: { body: clientCreateSchema, response: { 201: clientSchema } } }, async (req, reply) =>
    reply.code(201).send(await service.createClient(ctxOf(req), req.body)),
  );
  app.get('/clients/:id', { schema: { params: idParams, response: { 200: clientOrSummary } } }, async (req) =>
    service.getClient(ctxOf(req), req.params.id),
  );
  app.patch('/clients/:id', { schema: { params: idParams, body: clientUpdateSchema, response: { 200: clientSchema } } }, async (req) =>
    service.updateClient(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/clients/:id',
    { schema: { params: idParams, body: z.strictObject({ reason: shortText }), response: { 204: z.null() } } },
    async (req, reply) => {
      await service.deleteClient(ctxOf(req), req.params.id, req.body.reason);
      return reply.code(204).send(null);
    },
  );
  app.post('/clients/:id/restore', { schema: { params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    await service.restoreClient(ctxOf(req), req.params.id);
    return reply.code(204).send(null);
  });
  app.post(
    '/clients/:id/care-team',
    {
      schema: {
        params: idParams,
        body: z.strictObject({ userId: uuidSchema, role: z.enum(['primary', 'member']).default('member') }),
        response: { 200: z.object({ items: z.array(careTeamMemberSchema) }) },
      },
    },
    async (req) => ({ items: await service.addCareTeamMember(ctxOf(req), req.params.id, req.body.userId, req.body.role) }),
  );
  app.delete(
    '/clients/:id/care-team/:userId',
    { schema: { params: z.object({ id: uuidSchema, userId: uuidSchema }), response: { 200: z.object({ items: z.array(careTeamMemberSchema) }) } } },
    async (req) => ({ items: await service.removeCareTeamMember(ctxOf(req), req.params.id, req.params.userId) }),
  );
};
