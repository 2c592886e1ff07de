/** FHIR R4 export over HTTP: one client, or the caseload the user may see. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../domain/schemas/common.js';
import { ctxOf } from '../auth/hook.js';
import { caseloadFhir, clientFhir } from './fhir.js';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

const bundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  id: z.string(),
  type: z.literal('collection'),
  timestamp: z.string(),
  entry: z.array(z.looseObject({ fullUrl: z.string(), resource: z.looseObject({ resourceType: z.string(), id: z.string() }) })).optional(),
});

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/clients/:id/fhir',
    { schema: { summary: "FHIR R4 Bundle (collection) of one client's record", params: idParams, response: { 200: bundleSchema } } },
    async (req, reply) => {
      const bundle = await clientFhir(ctxOf(req), req.params.id);
      return reply.type(FHIR_JSON).send(bundle as z.infer<typeof bundleSchema>);
    },
  );
  app.get(
    '/export/fhir',
    { schema: { summary: "FHIR R4 Bundle (collection) of every client on the user's clinical caseload", response: { 200: bundleSchema } } },
    async (req, reply) => {
      const bundle = await caseloadFhir(ctxOf(req));
      return reply.type(FHIR_JSON).send(bundle as z.infer<typeof bundleSchema>);
    },
  );
};
