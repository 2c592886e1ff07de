/** What the recording routes accept: the clip's facts travel in the query, the audio as the body. */
import { z } from 'zod';
import { CONSENT_BASES, MAX_RECORDING_MS, RECORDING_TYPES } from '../recordings.js';
import { optionalShortText, shortText, uuidSchema } from './common.js';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const recordingUploadQuery = z.object({
  /** Made by the recording device, so a retried upload is stored once. */
  id: uuidSchema,
  clientId: uuidSchema,
  consentBasis: z.enum(CONSENT_BASES),
  durationMs: z.coerce.number().int().min(1).max(MAX_RECORDING_MS, `must be at most ${MAX_RECORDING_MS / 3_600_000} hours`).optional(),
  legacy: flag.default(false),
  title: optionalShortText.default(''),
});

export const recordingDeleteBody = z.object({ reason: shortText });

export const recordingOutSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  sessionId: z.string(),
  /** The session's date in the clinic's time zone: where the clip sits on a progress graph. */
  localDate: z.string(),
  consentBasis: z.enum(CONSENT_BASES),
  legacy: z.boolean(),
  title: z.string(),
  durationMs: z.number().nullable(),
  mime: z.enum(RECORDING_TYPES),
  bytes: z.number(),
  sha256: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
