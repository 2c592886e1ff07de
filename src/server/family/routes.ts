/** Family access and home practice: invitations and links (clinicians), the family's own pages, practice logs. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FAMILY_RELATIONSHIPS, FAMILY_SHARES, homePracticeCreateSchema, invitationAcceptSchema, invitationCreateSchema, invitationTokenSchema, PRACTICE_OUTCOMES, practiceLogSchema, revokeSchema } from '../../domain/family.js';
import { idParams, uuidSchema } from '../../domain/schemas/common.js';
import { roleSchema } from '../../domain/roles.js';
import { reasonBody } from '../http/schemas.js';
import { ctxOf } from '../auth/hook.js';
import { setSessionCookie } from '../auth/cookie.js';
import * as invitations from './invitations.js';
import * as practice from './practice.js';
import * as view from './view.js';

const shares = z.array(z.enum(FAMILY_SHARES));
const linkOut = z.object({
  id: uuidSchema, clientId: uuidSchema, email: z.string(), name: z.string(), relationship: z.enum(FAMILY_RELATIONSHIPS), shares, state: z.enum(['invited', 'expired', 'active', 'revoked']),
  invitedAt: z.string(), expiresAt: z.string(), acceptedAt: z.string().nullable(), consentShares: shares.nullable(), consentedAt: z.string().nullable(), revokedAt: z.string().nullable(),
});
const adherenceOut = z.object({ done: z.number(), planned: z.number(), percent: z.number().nullable(), from: z.string(), to: z.string(), text: z.string() });
const practiceOut = z.object({
  id: uuidSchema, clientId: uuidSchema, objectiveId: uuidSchema, objectiveLabel: z.string(), deliveredInterventionId: uuidSchema, intervention: z.string(), what: z.string(),
  timesPerWeek: z.number(), startsOn: z.string(), endsOn: z.string().nullable(), adherence: adherenceOut, today: z.enum(PRACTICE_OUTCOMES).nullable(),
  recentLogs: z.array(z.object({ practicedOn: z.string(), outcome: z.enum(PRACTICE_OUTCOMES), note: z.string() })),
});
const viewOut = z.object({
  clientId: uuidSchema, name: z.string(), organization: z.string(), today: z.string(), shares, linkId: uuidSchema, consentedAt: z.string(),
  upcomingSessions: z.array(z.object({ startsAt: z.string(), durationMinutes: z.number(), timeZone: z.string(), location: z.string(), therapist: z.string() })),
  goals: z.array(z.object({ area: z.string(), objectives: z.array(z.object({ id: uuidSchema, label: z.string(), status: z.string().nullable(), statusLabel: z.string().nullable(), sentences: z.array(z.string()) })) })),
  homePractices: z.array(practiceOut),
});
const meOut = z.object({ id: uuidSchema, organizationId: uuidSchema, name: z.string(), email: z.string(), roles: z.array(roleSchema) });
const family = { family: true } as const;

export const familyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/clients/:id/family-invitations', { schema: { summary: 'Invite a family member (the link is shown once)', params: idParams, body: invitationCreateSchema, response: { 201: linkOut.extend({ token: z.string(), path: z.string() }) } } }, async (req, reply) =>
    reply.code(201).send(await invitations.createInvitation(ctxOf(req), req.params.id, req.body)),
  );
  app.get('/clients/:id/family-links', { schema: { summary: 'Family invitations and links of a client', params: idParams, response: { 200: z.object({ items: z.array(linkOut) }) } } }, async (req) =>
    invitations.listFamilyLinks(ctxOf(req), req.params.id),
  );
  app.post('/family-links/:id/revoke', { config: family, schema: { summary: 'Revoke a family link (clinician, or the family member)', params: idParams, body: revokeSchema, response: { 200: linkOut } } }, async (req) =>
    invitations.revokeLink(ctxOf(req), req.params.id, req.body.reason),
  );

  app.post('/family-invitations/lookup', { config: { public: true }, schema: { summary: 'What an invitation offers, before it is accepted', body: z.strictObject({ token: invitationTokenSchema }), response: { 200: z.object({ name: z.string(), email: z.string(), relationship: z.enum(FAMILY_RELATIONSHIPS), shares, expiresAt: z.string(), clientName: z.string(), invitedBy: z.string(), hasAccount: z.boolean() }) } } }, async (req) =>
    invitations.lookupInvitation(app.database.db, req.body.token),
  );
  app.post('/family-invitations/accept', { config: { public: true }, schema: { summary: 'Accept an invitation: set a password and give consent', body: invitationAcceptSchema, response: { 201: meOut } } }, async (req, reply) => {
    const { user, token } = await invitations.acceptInvitation(app.database.db, req.body, { requestId: req.id });
    setSessionCookie(reply, token);
    return reply.code(201).send(user);
  });

  app.get('/clients/:id/home-practices', { schema: { summary: 'Home practices with adherence', params: idParams, response: { 200: z.object({ items: z.array(practiceOut) }) } } }, async (req) =>
    practice.listHomePractices(ctxOf(req), req.params.id),
  );
  app.post('/clients/:id/home-practices', { schema: { summary: 'Assign a home practice from a delivered intervention', params: idParams, body: homePracticeCreateSchema, response: { 201: practiceOut } } }, async (req, reply) =>
    reply.code(201).send(await practice.createHomePractice(ctxOf(req), req.params.id, req.body)),
  );
  app.delete('/home-practices/:id', { schema: { summary: 'End a home practice', params: idParams, body: reasonBody, response: { 204: z.null() } } }, async (req, reply) => {
    await practice.deleteHomePractice(ctxOf(req), req.params.id, req.body.reason);
    return reply.code(204).send(null);
  });

  app.get('/family/clients', { config: family, schema: { summary: 'The clients a family member is linked to', response: { 200: z.object({ items: z.array(z.object({ clientId: uuidSchema, name: z.string(), relationship: z.enum(FAMILY_RELATIONSHIPS), linkId: uuidSchema, shares, consentedAt: z.string() })) }) } } }, async (req) =>
    view.familyClients(ctxOf(req)),
  );
  app.get('/family/clients/:id', { config: family, schema: { summary: 'The family view of a client', params: idParams, response: { 200: viewOut } } }, async (req) => view.familyView(ctxOf(req), req.params.id));
  app.post('/family/home-practices/:id/logs', { config: family, schema: { summary: 'Log a day of home practice (done / not today)', params: idParams, body: practiceLogSchema, response: { 200: practiceOut } } }, async (req) =>
    practice.logPractice(ctxOf(req), req.params.id, req.body),
  );
};
