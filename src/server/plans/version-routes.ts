/** The treatment plan's versions as a signed document: list, draft from the live plan, sign, co-sign an intern's, acknowledge. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ACK_METHODS } from '../../domain/plan-document.js';
import { planAcknowledgementSchema, planVersionCosignSchema, planVersionSignSchema } from '../../domain/schemas/plan.js';
import { idParams } from '../../domain/schemas/common.js';
import { ctxOf } from '../auth/hook.js';
import * as versions from './versions.js';

const ackOutSchema = z.object({
  id: z.string(), name: z.string(), relationship: z.string(), acknowledgedOn: z.string(), method: z.enum(ACK_METHODS), note: z.string(), recordedBy: z.string(), createdAt: z.string(),
});
const versionOutSchema = z.object({
  id: z.string(), clientId: z.string(), number: z.number(), supersedesNumber: z.number().nullable(), status: z.enum(['draft', 'awaiting_cosign', 'signed']),
  /** Awaiting a co-signature when a later version was put in force: it never will be; the number of that version. */
  overtakenBy: z.number().nullable(),
  contentHash: z.string(), createdBy: z.string(), createdAt: z.string(),
  signedBy: z.string().nullable(), signedAt: z.string().nullable(), signerName: z.string().nullable(), signerCredentials: z.string().nullable(),
  /** Signed by an intern: in force once co-signed by the intern's supervisor. */
  requiresCosign: z.boolean(), cosignerId: z.string().nullable(), cosignedBy: z.string().nullable(), cosignedAt: z.string().nullable(),
  cosignerName: z.string().nullable(), cosignerCredentials: z.string().nullable(),
  /** What changed from the version it supersedes, line by line. */
  changes: z.array(z.string()),
  acknowledgements: z.array(ackOutSchema),
});

export const planVersionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/clients/:id/plan/versions', {
    schema: { summary: 'Versions of the treatment plan as a document', params: idParams, response: { 200: z.object({ items: z.array(versionOutSchema), liveContentHash: z.string(), liveMatchesLatest: z.boolean() }) } },
  }, async (req) => versions.listPlanVersions(ctxOf(req), req.params.id));

  app.post('/clients/:id/plan/versions', {
    schema: { summary: 'Draft the next version from the live plan (an open draft is refreshed)', params: idParams, response: { 200: versionOutSchema, 201: versionOutSchema } },
  }, async (req, reply) => {
    const r = await versions.createPlanDraft(ctxOf(req), req.params.id);
    return reply.code(r.created ? 201 : 200).send(r.version);
  });

  app.post('/plan-versions/:id/sign', {
    schema: { summary: 'Sign a draft version; it is locked from then on', params: idParams, body: planVersionSignSchema, response: { 200: versionOutSchema } },
  }, async (req) => versions.signPlanVersion(ctxOf(req), req.params.id, req.body.contentHash));

  app.post('/plan-versions/:id/cosign', {
    schema: { summary: 'Co-sign a version signed by an intern (their supervisor only); it is in force from then on', params: idParams, body: planVersionCosignSchema, response: { 200: versionOutSchema } },
  }, async (req) => versions.cosignPlanVersion(ctxOf(req), req.params.id, req.body.contentHash));

  app.post('/plan-versions/:id/acknowledgements', {
    schema: { summary: 'Record the client’s or guardian’s acknowledgement of a signed version', params: idParams, body: planAcknowledgementSchema, response: { 201: ackOutSchema } },
  }, async (req, reply) => reply.code(201).send(await versions.acknowledgePlanVersion(ctxOf(req), req.params.id, req.body)));
};
