import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addendumCreateSchema, noteSignSchema, noteUpdateSchema } from '../../domain/schemas/sessions.js';
import { idParams, uuidSchema } from '../../domain/schemas/common.js';
import { noteOutSchema } from '../http/schemas.js';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';

export const noteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/sessions/:id/notes', { schema: { params: idParams, body: z.strictObject({ id: uuidSchema, clientId: uuidSchema }), response: { 201: noteOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await service.createNote(ctxOf(req), req.params.id, req.body)),
  );
  app.get('/clients/:id/notes', { schema: { params: idParams, response: { 200: z.object({ items: z.array(noteOutSchema) }) } } }, async (req) => ({ items: await service.listClientNotes(ctxOf(req), req.params.id) }));
  app.get('/notes/:id', { schema: { params: idParams, response: { 200: noteOutSchema } } }, async (req) => service.getNote(ctxOf(req), req.params.id));
  app.patch('/notes/:id', { schema: { params: idParams, body: noteUpdateSchema, response: { 200: noteOutSchema } } }, async (req) => service.updateNote(ctxOf(req), req.params.id, req.body));
  app.post('/notes/:id/sign', { schema: { params: idParams, body: noteSignSchema, response: { 200: noteOutSchema } } }, async (req) => service.signNote(ctxOf(req), req.params.id, req.body.version, req.body.confirmEmptySections, req.body.safetyResponse));
  app.post('/notes/:id/cosign', { schema: { params: idParams, response: { 200: noteOutSchema } } }, async (req) => service.cosignNote(ctxOf(req), req.params.id));
  app.post('/notes/:id/addenda', { schema: { params: idParams, body: addendumCreateSchema, response: { 201: noteOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await service.addAddendum(ctxOf(req), req.params.id, req.body)),
  );
  app.get('/cosign-queue', { schema: { response: { 200: z.object({ items: z.array(noteOutSchema.extend({ clientName: z.string(), sessionDate: z.string() })) }) } } }, async (req) => ({ items: await service.cosignQueue(ctxOf(req)) }));
};
