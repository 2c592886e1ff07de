import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { proposalCreateSchema } from '../../domain/schemas/plan.js';
import { idParams, longText } from '../../domain/schemas/common.js';
import { ctxOf } from '../auth/hook.js';
import * as proposals from './proposals.js';

const proposalOut = z.object({
  id: z.string(), clientId: z.string(), authorId: z.string(), kind: z.string(), targetId: z.string().nullable(), payload: z.record(z.string(), z.unknown()),
  reason: z.string(), status: z.string(), decidedBy: z.string().nullable(), decidedAt: z.string().nullable(), decisionNote: z.string(), createdAt: z.string(),
});
/** The note is optional: a POST without a body decides without a note. */
const decision = z.strictObject({ note: longText.default('') }).nullable();

export const proposalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/clients/:id/plan/proposals', { schema: { params: idParams, body: proposalCreateSchema, response: { 201: proposalOut } } }, async (req, reply) =>
    reply.code(201).send(await proposals.propose(ctxOf(req), req.params.id, req.body)),
  );
  app.get('/plan-proposals', { schema: { response: { 200: z.object({ items: z.array(proposalOut) }) } } }, async (req) => ({ items: await proposals.listProposals(ctxOf(req)) }));
  app.post('/plan-proposals/:id/accept', { schema: { params: idParams, body: decision, response: { 200: proposalOut } } }, async (req) => proposals.acceptProposal(ctxOf(req), req.params.id, req.body?.note ?? ''));
  app.post('/plan-proposals/:id/reject', { schema: { params: idParams, body: decision, response: { 200: proposalOut } } }, async (req) => proposals.rejectProposal(ctxOf(req), req.params.id, req.body?.note ?? ''));
};
