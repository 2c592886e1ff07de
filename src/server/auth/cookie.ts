/** The sign-in cookie: the browser holds only the opaque session token. */
import type { FastifyReply } from 'fastify';
import { servedOverHttps } from '../http/transport.js';
import { ABSOLUTE_HOURS, SESSION_COOKIE } from './sessions.js';

export function setSessionCookie(reply: FastifyReply, token: string): FastifyReply {
  return reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: servedOverHttps(reply.request) || process.env.CRESCENDO_SECURE_COOKIE === '1',
    maxAge: ABSOLUTE_HOURS * 3600,
  });
}
