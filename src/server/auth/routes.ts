/** Sign-in, first-run setup, the current user, and user administration. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { roleSchema, staffRoleSchema } from '../../domain/roles.js';
import { shortText, timeZoneSchema, uuidSchema } from '../../domain/schemas/common.js';
import { ctxOf } from './hook.js';
import { servedOverHttps } from '../http/transport.js';
import { SESSION_COOKIE, IDLE_MINUTES, ABSOLUTE_HOURS, endAllSessions, endSession } from './sessions.js';
import { addUser, changePassword, deactivateUser, listUsers, login, setupNeeded, setupPractice } from './service.js';
import { audit } from '../audit/audit.js';
import { setSessionCookie } from './cookie.js';
import { DEVICE_COOKIE, DEVICE_COOKIE_PATH, DEVICE_DAYS } from './devices.js';

const email = z.email({ message: 'must be an email address' }).max(200);
const password = z.string().min(1, 'must not be empty').max(256);
const meSchema = z.object({
  id: uuidSchema,
  organizationId: uuidSchema,
  name: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
});
/** email: for admins, and one's own; null otherwise. */
const userSchema = meSchema.omit({ organizationId: true, email: true }).extend({
  email: z.string().nullable(),
  credentials: z.string().nullable(),
  active: z.boolean(),
  supervisorIds: z.array(uuidSchema),
});

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const setCookie = setSessionCookie;

  app.get('/setup', { config: { public: true }, schema: { response: { 200: z.object({ needed: z.boolean() }) } } }, async () => ({
    needed: await setupNeeded(app.database.db),
  }));

  app.post(
    '/setup',
    {
      config: { public: true },
      schema: {
        body: z.strictObject({
          organizationName: shortText,
          timeZone: timeZoneSchema.default('UTC'),
          noteFormat: z.enum(['SOAP', 'DAP']).default('SOAP'),
          name: shortText,
          email,
          password,
        }),
        response: { 201: meSchema },
      },
    },
    async (request, reply) => {
      const { user, token } = await setupPractice(app.database.db, request.body);
      setCookie(reply, token);
      return reply.code(201).send(user);
    },
  );

  app.post(
    '/auth/login',
    { config: { public: true }, schema: { body: z.strictObject({ email, password }), response: { 200: meSchema } } },
    async (request, reply) => {
      const { user, token, deviceToken } = await login(app.database.db, {
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        requestId: request.id,
        deviceToken: request.cookies[DEVICE_COOKIE],
      });
      setCookie(reply, token);
      if (deviceToken)
        reply.setCookie(DEVICE_COOKIE, deviceToken, {
          path: DEVICE_COOKIE_PATH,
          httpOnly: true,
          sameSite: 'strict',
          secure: servedOverHttps(reply.request) || process.env.CRESCENDO_SECURE_COOKIE === '1',
          maxAge: DEVICE_DAYS * 86400,
        });
      return user;
    },
  );

  app.post('/auth/logout', { config: { family: true }, schema: { response: { 204: z.null() } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await endSession(app.database.db, token);
    await audit(app.database.db, ctxOf(request), { action: 'logout', entityType: 'user', entityId: request.actingUser?.id });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  app.post('/auth/logout-all', { config: { family: true }, schema: { response: { 204: z.null() } } }, async (request, reply) => {
    const ctx = ctxOf(request);
    await endAllSessions(ctx.db, ctx.user.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  app.post(
    '/auth/password',
    { config: { family: true }, schema: { body: z.strictObject({ currentPassword: password, newPassword: password }), response: { 204: z.null() } } },
    async (request, reply) => {
      await changePassword(ctxOf(request), request.body.currentPassword, request.body.newPassword);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get('/me', { config: { family: true }, schema: { response: { 200: meSchema.extend({ idleMinutes: z.number() }) } } }, async (request) => ({
    ...ctxOf(request).user,
    idleMinutes: IDLE_MINUTES,
  }));

  app.get('/users', { schema: { response: { 200: z.object({ items: z.array(userSchema) }) } } }, async (request) => ({
    items: await listUsers(ctxOf(request)),
  }));

  app.post(
    '/users',
    {
      schema: {
        body: z.strictObject({
          email,
          name: shortText,
          // A family account comes only from an accepted invitation (family/invitations.ts).
          roles: z.array(staffRoleSchema).min(1).max(4),
          password,
          credentials: shortText.nullable().default(null),
          supervisorId: uuidSchema.nullable().default(null),
        }),
        response: { 201: meSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await addUser(ctxOf(request), request.body)),
  );

  app.post(
    '/users/:id/deactivate',
    { schema: { params: z.object({ id: uuidSchema }), response: { 204: z.null() } } },
    async (request, reply) => {
      await deactivateUser(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
