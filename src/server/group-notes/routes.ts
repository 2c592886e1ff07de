import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { groupNoteSignSchema, groupNoteUpdateSchema } from '../../domain/schemas/sessions.js';
import { idParams, uuidSchema } from '../../domain/schemas/common.js';
import { noteOutSchema } from '../http/schemas.js';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';

const sharedSchema = z.object({ purpose: z.string(), process: z.string(), membership: z.string() });
export const groupNoteOutSchema = z.object({
  id: z.string(), sessionId: z.string(), groupName: z.string().nullable(), localDate: z.string(),
  status: z.enum(['draft', 'signed']), authorId: z.string(), signedBy: z.string().nullable(), signedAt: z.string().nullable(), contentHash: z.string().nullable(), version: z.number(),
  sections: sharedSchema,
  /** Every member with their attendance; an attending member's own note (absent members have none). */
  members: z.array(z.object({ clientId: z.string(), name: z.string(), attendance: z.string(), attended: z.boolean(), note: noteOutSchema.nullable() })),
});

export const groupNoteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/sessions/:id/group-note', { schema: { params: idParams, body: z.strictObject({ id: uuidSchema }), response: { 201: groupNoteOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await service.createGroupNote(ctxOf(req), req.params.id, req.body)),
  );
  app.get('/sessions/:id/group-note', { schema: { params: idParams, response: { 200: z.object({ id: z.string() }) } } }, async (req) => service.groupNoteOfSession(ctxOf(req), req.params.id));
  app.get('/group-notes/:id', { schema: { params: idParams, response: { 200: groupNoteOutSchema } } }, async (req) => service.getGroupNote(ctxOf(req), req.params.id));
  app.patch('/group-notes/:id', { schema: { params: idParams, body: groupNoteUpdateSchema, response: { 200: groupNoteOutSchema } } }, async (req) => service.updateGroupNote(ctxOf(req), req.params.id, req.body));
  app.post('/group-notes/:id/sign', { schema: { params: idParams, body: groupNoteSignSchema, response: { 200: groupNoteOutSchema } } }, async (req) => service.signGroupNote(ctxOf(req), req.params.id, req.body));
};
