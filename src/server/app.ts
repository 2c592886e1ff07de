/** The Fastify application: API under /api/v1, OpenAPI at /api/openapi.json, the web build at /. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { LIMITS } from '../domain/schemas/common.js';
import { recordingMaxBytes, recordingsDir, trustedProxyHops } from './config.js';
import { RecordingStore } from './recordings/store.js';
import type { Database } from './db/connection.js';
import { registerErrorHandling, sendProblem, toProblem } from './http/errors.js';
import { registerAuthentication } from './auth/hook.js';
import { registerNulGuard } from './http/nul-guard.js';
import { registerHealth } from './http/health.js';
import { errorForLog } from './http/log-safe.js';
import { clientErrorHandler, configuredOrigin, registerTransport } from './http/transport.js';
import { authRoutes } from './auth/routes.js';
import { apiRoutes } from './routes.js';

export const VERSION = '0.1.0';
const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface AppOptions {
  database: Database;
  logger?: boolean;
  /** Where log lines go (standard output unless given). */
  logStream?: NodeJS.WritableStream;
  serveWeb?: boolean;
  /** The address users reach Crescendo by (scheme://host[:port]); CRESCENDO_ORIGIN unless given. */
  origin?: string;
  /** Reverse proxies trusted in front of Crescendo (hops); CRESCENDO_TRUST_PROXY unless given. */
  trustProxy?: number;
  /** Where recordings' audio is kept and the largest accepted; from the environment unless given (config.ts). */
  recordings?: { dir?: string; maxBytes?: number };
}

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    recordings: { store: RecordingStore; maxBytes: number };
  }
}

/**
 * Trust exactly `hops` reverse proxies: the client's address is the X-Forwarded-For entry that many
 * hops from the right, so entries a client writes on the left are never believed (with `true` the
 * left-most would be). A function, not the number itself: this Fastify treats a bare number as
 * "trust nobody".
 */
export function proxyTrust(hops: number): false | ((address: string, hop: number) => boolean) {
  return hops > 0 ? (_address, hop) => hop < hops : false;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const origin = configuredOrigin(opts.origin ?? process.env.CRESCENDO_ORIGIN);
  const app = Fastify({
    clientErrorHandler,
    logger: opts.logger
      ? { level: 'info', redact: ['req.headers.cookie', 'req.headers.authorization'], serializers: { err: errorForLog }, ...(opts.logStream ? { stream: opts.logStream } : {}) }
      : false,
    bodyLimit: LIMITS.bodyBytes,
    genReqId: () => randomUUID(),
    trustProxy: proxyTrust(opts.trustProxy ?? trustedProxyHops(process.env)),
    // Errors raised before routing (bad URL, over-long path parameter) get the same problem+json.
    frameworkErrors: (error, _request, reply) => {
      void sendProblem(reply, toProblem(error));
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', opts.database);
  app.decorate('recordings', { store: new RecordingStore(opts.recordings?.dir ?? recordingsDir()), maxBytes: opts.recordings?.maxBytes ?? recordingMaxBytes() });
  registerErrorHandling(app);
  registerTransport(app, origin);
  registerNulGuard(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: false,
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Crescendo API', version: VERSION, description: 'Clinical documentation and outcome tracking for music therapists.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'crescendo_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  registerHealth(app, VERSION);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuthentication(app);
  await app.register(authRoutes, { prefix: '/api/v1' });
  await app.register(apiRoutes, { prefix: '/api/v1' });

  if (opts.serveWeb !== false && existsSync(WEB_DIR)) {
    await app.register(fastifyStatic, { root: WEB_DIR, wildcard: false, maxAge: '1h' });
    // Client-side routes fall back to the app shell; unknown API paths stay problem+json 404s.
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      // Unknown API paths and missing build assets are 404s, never the app shell.
      if (request.url.startsWith('/api/') || request.url.startsWith('/assets/')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
