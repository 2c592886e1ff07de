import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attendanceUpdateSchema, dataPointBatchSchema, dataPointCreateSchema, deliveredCreateSchema, deliveredUpdateSchema, sessionCreateSchema, sessionUpdateSchema } from '../../domain/schemas/sessions.js';
import { dateSchema, idParams, LIMITS, uuidSchema } from '../../domain/schemas/common.js';
import { dataPointOutSchema, deliveredOutSchema, musicOutSchema, participantOutSchema, sessionOutSchema } from '../http/schemas.js';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';
import * as data from './data-points.js';
import * as music from './music.js';
import { musicUseCreateSchema } from '../../domain/music.js';

const participant = participantOutSchema;
const namedParticipant = participant.extend({ name: z.string(), lastName: z.string() });

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sessions',
    {
      schema: {
        querystring: z.object({ clientId: uuidSchema.optional(), from: dateSchema.optional(), to: dateSchema.optional(), limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50), offset: z.coerce.number().int().min(0).max(1_000_000).default(0) }),
        response: { 200: z.object({ items: z.array(sessionOutSchema.extend({ participants: z.array(namedParticipant) })), limit: z.number(), offset: z.number() }) },
      },
    },
    async (req) => service.listSessions(ctxOf(req), req.query),
  );
  app.post('/sessions', { schema: { body: sessionCreateSchema, response: { 201: sessionOutSchema.extend({ participants: z.array(participant) }) } } }, async (req, reply) =>
    reply.code(201).send(await service.createSession(ctxOf(req), req.body)),
  );
  app.get('/sessions/:id', { schema: { params: idParams, response: { 200: sessionOutSchema.extend({ participants: z.array(namedParticipant.extend({ note: z.object({ id: z.string(), status: z.enum(['draft', 'awaiting_cosign', 'signed']) }).nullable() })), delivered: z.array(deliveredOutSchema.extend({ intervention: z.object({ id: z.string(), name: z.string(), technique: z.string() }) })) }) } } }, async (req) =>
    service.getSession(ctxOf(req), req.params.id),
  );
  app.patch('/sessions/:id', { schema: { params: idParams, body: sessionUpdateSchema, response: { 200: sessionOutSchema } } }, async (req) => service.updateSession(ctxOf(req), req.params.id, req.body));
  app.put('/sessions/:id/participants/:clientId/attendance', { schema: { params: z.object({ id: uuidSchema, clientId: uuidSchema }), body: attendanceUpdateSchema, response: { 200: participant } } }, async (req) =>
    service.setAttendance(ctxOf(req), req.params.id, req.params.clientId, req.body),
  );
  app.post('/sessions/:id/interventions', { schema: { params: idParams, body: deliveredCreateSchema, response: { 201: deliveredOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await service.deliverIntervention(ctxOf(req), req.params.id, req.body)),
  );
  app.patch('/sessions/:id/interventions/:deliveredId', { schema: { params: z.object({ id: uuidSchema, deliveredId: uuidSchema }), body: deliveredUpdateSchema, response: { 200: deliveredOutSchema } } }, async (req) =>
    service.updateDelivered(ctxOf(req), req.params.id, req.params.deliveredId, req.body),
  );
  app.delete('/sessions/:id/interventions/:deliveredId', { schema: { params: z.object({ id: uuidSchema, deliveredId: uuidSchema }), response: { 204: z.null() } } }, async (req, reply) => {
    await service.removeDelivered(ctxOf(req), req.params.id, req.params.deliveredId);
    return reply.code(204).send(null);
  });
  app.get('/sessions/:id/data-points', { schema: { params: idParams, response: { 200: z.object({ items: z.array(dataPointOutSchema) }) } } }, async (req) => ({ items: await data.listPoints(ctxOf(req), req.params.id) }));
  app.post('/sessions/:id/data-points', { schema: { params: idParams, body: dataPointCreateSchema, response: { 201: dataPointOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await data.recordPoint(ctxOf(req), req.params.id, req.body)),
  );
  app.post('/sessions/:id/data-points/batch', { schema: { params: idParams, body: dataPointBatchSchema, response: { 201: z.object({ stored: z.number(), points: z.array(dataPointOutSchema) }) } } }, async (req, reply) =>
    reply.code(201).send(await data.recordBatch(ctxOf(req), req.params.id, req.body.points)),
  );
  app.delete('/sessions/:id/data-points/:pointId', { schema: { params: z.object({ id: uuidSchema, pointId: uuidSchema }), response: { 204: z.null() } } }, async (req, reply) => {
    await data.voidPoint(ctxOf(req), req.params.id, req.params.pointId);
    return reply.code(204).send(null);
  });
  app.get('/sessions/:id/music', { schema: { params: idParams, response: { 200: z.object({ items: z.array(musicOutSchema) }) } } }, async (req) => music.listMusic(ctxOf(req), req.params.id));
  app.post('/sessions/:id/music', { schema: { params: idParams, body: musicUseCreateSchema, response: { 201: musicOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await music.recordMusic(ctxOf(req), req.params.id, req.body)),
  );
  app.delete('/sessions/:id/music/:musicId', { schema: { params: z.object({ id: uuidSchema, musicId: uuidSchema }), response: { 204: z.null() } } }, async (req, reply) => {
    await music.removeMusic(ctxOf(req), req.params.id, req.params.musicId);
    return reply.code(204).send(null);
  });
  const use = z.object({ date: z.string(), sessionId: z.string(), key: z.string().nullable(), tempoBpm: z.number().nullable(), response: z.string(), line: z.string() });
  app.get('/clients/:id/repertoire', { schema: { params: idParams, response: { 200: z.object({ items: z.array(z.object({ title: z.string(), artist: z.string(), count: z.number(), lastUsed: z.string(), uses: z.array(use) })) }) } } }, async (req) =>
    music.repertoire(ctxOf(req), req.params.id),
  );
};
