/** Recordings over HTTP: upload as a raw audio body, play with range requests, soft delete, the legacy export. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../domain/schemas/common.js';
import { recordingDeleteBody, recordingOutSchema, recordingUploadQuery } from '../../domain/schemas/recordings.js';
import { ctxOf } from '../auth/hook.js';
import { Problem } from '../http/problem.js';
import { sendProblem } from '../http/errors.js';
import * as service from './service.js';
import { legacyExport } from './legacy.js';

const list = z.object({ items: z.array(recordingOutSchema) });
const mib = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;

export const recordingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, maxBytes } = app.recordings;
  const tooLarge = () => new Problem(413, `a recording is at most ${mib(maxBytes)} (${maxBytes} bytes); split a longer one, or ask the administrator to raise CRESCENDO_RECORDING_MAX_BYTES`, [{ path: 'body', message: `is larger than ${maxBytes} bytes` }], { maxBytes }, 'recording-too-large');
  // Any body that is not JSON reaches the route as bytes (up to the limit), which says which audio it accepts.
  app.addContentTypeParser('*', (req, payload, done) => {
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) return done(tooLarge(), undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    payload.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        done(tooLarge(), undefined);
        return;
      }
      chunks.push(chunk);
    });
    payload.on('end', () => {
      if (!failed) done(null, Buffer.concat(chunks));
    });
    payload.on('error', (err) => {
      if (!failed) done(err, undefined);
    });
  });

  app.post('/sessions/:id/recordings', { schema: { params: idParams, querystring: recordingUploadQuery, response: { 201: recordingOutSchema } } }, async (req, reply) => {
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    return reply.code(201).send(await service.uploadRecording(ctxOf(req), store, req.params.id, req.query, { contentType: req.headers['content-type'], bytes }));
  });
  app.get('/sessions/:id/recordings', { schema: { params: idParams, response: { 200: list } } }, async (req) => service.sessionRecordings(ctxOf(req), req.params.id));
  app.get('/clients/:id/recordings', { schema: { params: idParams, response: { 200: list } } }, async (req) => service.clientRecordings(ctxOf(req), req.params.id));
  app.delete('/recordings/:id', { schema: { params: idParams, body: recordingDeleteBody, response: { 204: z.null() } } }, async (req, reply) => {
    await service.deleteRecording(ctxOf(req), req.params.id, req.body.reason);
    return reply.code(204).send(null);
  });
  app.get('/recordings/:id/audio', { schema: { params: idParams } }, async (req, reply) => {
    const size = async () => {
      try {
        return await service.playRecording(ctxOf(req), req.params.id, req.headers.range);
      } catch (err) {
        if (err instanceof Problem && err.status === 416) reply.header('content-range', `bytes */${String(err.extra.size)}`);
        throw err;
      }
    };
    const { recording, range } = await size();
    const [start, end] = range.kind === 'whole' ? [0, recording.bytes - 1] : [range.start, range.end];
    if (!store.has(recording.sha256)) return sendProblem(reply, new Problem(503, 'the audio of this recording is missing from the file store; restore it from a backup'));
    reply.header('accept-ranges', 'bytes').header('cache-control', 'no-store').header('content-length', String(end - start + 1)).type(recording.mime);
    if (range.kind === 'part') reply.code(206).header('content-range', `bytes ${start}-${end}/${recording.bytes}`);
    return reply.send(store.stream(recording.sha256, start, end));
  });
  app.get('/clients/:id/recordings/legacy-export', { schema: { params: idParams } }, async (req, reply) => {
    const out = await legacyExport(ctxOf(req), store, req.params.id);
    return reply.type('application/x-tar').header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${out.filename}"`).send(out.bytes);
  });
};
