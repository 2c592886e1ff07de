/** Every /api/v1 route needs a signed-in user, except the few marked public. Cookie writes must be same-origin. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ActingUser, Ctx, OrganizationSettings } from '../access/acting-user.js';
import { Problem } from '../http/problem.js';
import { sendProblem } from '../http/errors.js';
import { foreignOrigin } from '../http/transport.js';
import { SESSION_COOKIE, resolveSession } from './sessions.js';
import { isFamily } from '../../domain/roles.js';
import { audit } from '../audit/audit.js';

declare module 'fastify' {
  interface FastifyRequest {
    actingUser: ActingUser | null;
    organization: OrganizationSettings | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
    /** A route a family account may reach (its own pages, signing out); every other route answers a family account 403. */
    family?: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function crossSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin) return foreignOrigin(request, origin);
  return request.headers['sec-fetch-site'] === 'cross-site';
}

export function registerAuthentication(app: FastifyInstance) {
  app.decorateRequest('actingUser', null);
  app.decorateRequest('organization', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/v1/') || !request.routeOptions.url) return;
    if (UNSAFE.has(request.method) && crossSite(request))
      return sendProblem(reply, new Problem(403, 'cross-site requests are refused'));
    if (request.routeOptions.config.public) return;
    const token = request.cookies[SESSION_COOKIE];
    const signedIn = token ? await resolveSession(app.database.db, token) : null;
    if (!signedIn) return sendProblem(reply, new Problem(401, 'sign in to continue'));
    request.actingUser = signedIn.user;
    request.organization = signedIn.organization;
    if (isFamily(signedIn.user.roles) && !request.routeOptions.config.family) {
      await audit(app.database.db, { user: signedIn.user, requestId: request.id }, { action: 'access-denied', entityType: 'route', outcome: 'denied', detail: { route: `${request.method} ${request.routeOptions.url}` } });
      return sendProblem(reply, new Problem(403, 'a family account opens only the family pages'));
    }
  });
}

/** The service context for an authenticated request. */
export function ctxOf(request: FastifyRequest): Ctx {
  if (!request.actingUser) throw new Problem(401, 'sign in to continue');
  return { db: request.server.database.db, user: request.actingUser, organization: request.organization ?? undefined, requestId: request.id, ip: request.ip };
}
