/**
 * How Crescendo is reached, and what every answer says about it:
 * - served over HTTPS (a TLS request, X-Forwarded-Proto from a trusted proxy, or an https
 *   CRESCENDO_ORIGIN): the session cookie is Secure and every answer carries HSTS;
 * - every /api answer is Cache-Control: no-store (client data must not stay in caches);
 * - with CRESCENDO_ORIGIN set, a request naming another Host is refused (DNS rebinding), and the
 *   Origin of a cookie write must be that origin exactly (scheme, host and port);
 * - errors before any route (headers too large, malformed request) are problem+json too.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Problem } from './problem.js';
import { sendProblem } from './errors.js';

export const HSTS = 'max-age=31536000; includeSubDomains';

/** CRESCENDO_ORIGIN as scheme://host[:port], or null; anything else is a configuration error. */
export function configuredOrigin(value: string | undefined): URL | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`CRESCENDO_ORIGIN must be a URL such as https://crescendo.example.org, not ${JSON.stringify(value)}`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username)
    throw new Error(`CRESCENDO_ORIGIN must be scheme://host[:port] only (http or https, no path), not ${JSON.stringify(value)}`);
  return url;
}

declare module 'fastify' {
  interface FastifyInstance {
    publicOrigin: URL | null;
  }
}

export function servedOverHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.server.publicOrigin?.protocol === 'https:';
}

/** The origin this request was addressed to: the configured one, else the scheme and Host it came with. */
function expectedOrigin(request: FastifyRequest): string | null {
  if (request.server.publicOrigin) return request.server.publicOrigin.origin;
  try {
    return new URL(`${request.protocol}://${request.headers.host ?? ''}`).origin;
  } catch {
    return null;
  }
}

/** True when an Origin header names another scheme, host or port than the one addressed. */
export function foreignOrigin(request: FastifyRequest, origin: string): boolean {
  try {
    return new URL(origin).origin !== expectedOrigin(request);
  } catch {
    return true;
  }
}

function hostMatches(origin: URL, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(`${origin.protocol}//${host}`).host === origin.host;
  } catch {
    return false;
  }
}

export function registerTransport(app: FastifyInstance, origin: URL | null) {
  app.decorate('publicOrigin', origin);
  app.addHook('onRequest', async (request, reply) => {
    // The health check answers any name, so a load balancer can probe by address.
    if (origin && request.url !== '/api/health' && !hostMatches(origin, request.headers.host))
      return sendProblem(reply, new Problem(421, `this server answers for ${origin.host} only`, [{ path: 'headers.host', message: `must be ${origin.host}` }]));
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api')) reply.header('cache-control', 'no-store');
    if (servedOverHttps(request)) reply.header('strict-transport-security', HSTS);
  });
}

/** Errors of the HTTP parser, answered before Fastify sees a request. */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const problem =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? new Problem(431, 'the request headers are larger than the server accepts (too many or too large cookies?)', [{ path: 'headers', message: 'too large' }])
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new Problem(408, 'the request took too long to arrive')
        : new Problem(400, 'the request is not valid HTTP');
  const body = JSON.stringify(problem.body());
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${problem.status} ${http.STATUS_CODES[problem.status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(err);
}
