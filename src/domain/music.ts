/**
 * The music in the record: which song or piece was used in a delivered intervention, in which key,
 * tempo and meter, on which instruments, who led it, live or recorded, and how the client responded.
 * The note draft says what was done with these, not what the library describes.
 */
import { z } from 'zod';
import { LIMITS, optionalShortText, shortText, uuidSchema } from './schemas/common.js';

const TONICS = ['C', 'C♯/D♭', 'D', 'E♭', 'E', 'F', 'F♯/G♭', 'G', 'A♭', 'A', 'B♭', 'B'] as const;
const MINOR_TONICS = ['C', 'C♯', 'D', 'D♯/E♭', 'E', 'F', 'F♯', 'G', 'G♯', 'A', 'B♭', 'B'] as const;

/** The 24 major and minor keys, spelled as a therapist writes them, and "other" (modal, atonal, a drone). */
export const MUSIC_KEYS = [...TONICS.map((t) => `${t} major`), ...MINOR_TONICS.map((t) => `${t} minor`), 'other'] as const;
export type MusicKey = (typeof MUSIC_KEYS)[number];

export const TEMPO_RANGE = { min: 20, max: 300 } as const;
export const bpmSchema = z
  .number({ message: 'must be a number of beats per minute' })
  .min(TEMPO_RANGE.min, `must be at least ${TEMPO_RANGE.min} bpm`)
  .max(TEMPO_RANGE.max, `must be at most ${TEMPO_RANGE.max} bpm`);

/** A time signature: beats per bar 1–16 over a note value 1, 2, 4, 8, 16 or 32 (2/4, 3/4, 4/4, 6/8, 7/8 …). */
export const meterSchema = z
  .string()
  .trim()
  .regex(/^([1-9]|1[0-6])\/(1|2|4|8|16|32)$/, 'must be a meter such as 2/4, 3/4, 4/4 or 6/8');
export const COMMON_METERS = ['2/4', '3/4', '4/4', '6/8', '5/4', '7/8', '12/8'] as const;

export const SONG_VERSIONS = ['original', 'adapted', 'improvised', 'composed'] as const;
export const MUSIC_LEADS = ['therapist', 'client', 'family', 'group', 'staff'] as const;
export const MUSIC_SOURCES = ['live', 'recorded'] as const;

export const musicUseCreateSchema = z.strictObject({
  id: uuidSchema,
  deliveredInterventionId: uuidSchema,
  /** The client this use is about (a group song can name one member's response); null: the whole session. */
  clientId: uuidSchema.nullable().default(null),
  title: shortText,
  artist: optionalShortText.default(''),
  version: z.enum(SONG_VERSIONS).default('original'),
  key: z.enum(MUSIC_KEYS, { message: 'must be a major or minor key such as “G major”, or “other”' }).nullable().default(null),
  tempoBpm: bpmSchema.nullable().default(null),
  meter: meterSchema.nullable().default(null),
  instruments: z.array(shortText).max(20).default([]),
  ledBy: z.array(z.enum(MUSIC_LEADS)).max(MUSIC_LEADS.length).default([]),
  source: z.enum(MUSIC_SOURCES).default('live'),
  response: z.string().trim().max(LIMITS.shortText).default(''),
});
export type MusicUseCreate = z.input<typeof musicUseCreateSchema>;
export type MusicUseInput = z.output<typeof musicUseCreateSchema>;

/** What one line of a note needs from a music-used row. */
export type MusicLineInput = Pick<MusicUseInput, 'title' | 'artist' | 'version' | 'key' | 'tempoBpm' | 'meter' | 'instruments' | 'ledBy' | 'source' | 'response'>;

const LEAD_WORDS: Record<(typeof MUSIC_LEADS)[number], string> = {
  therapist: 'therapist', client: 'client', family: 'family', group: 'group', staff: 'staff',
};

/**
 * One line of a note for one song use: "Hello song (G major, 92 bpm, guitar): Maya joined the last two lines".
 * Only what was recorded is written; nothing is filled in.
 */
export function formatMusicLine(m: MusicLineInput): string {
  const title = m.artist ? `${m.title} by ${m.artist}` : m.title;
  const detail = [
    m.version !== 'original' ? m.version : null,
    m.key && m.key !== 'other' ? m.key : null,
    m.tempoBpm !== null ? `${Math.round(m.tempoBpm)} bpm` : null,
    m.meter && m.meter !== '4/4' ? m.meter : null,
    m.instruments.length ? m.instruments.join(', ') : null,
    m.source === 'recorded' ? 'recorded' : null,
    m.ledBy.length ? `led by ${m.ledBy.map((l) => LEAD_WORDS[l]).join(' and ')}` : null,
  ].filter((x): x is string => !!x);
  const head = detail.length ? `${title} (${detail.join(', ')})` : title;
  const response = m.response.trim().replace(/[.\s]+$/, '');
  return response ? `${head}: ${response}` : head;
}

/** Song titles compared as a therapist would: case, accents, spacing and punctuation do not make another song. */
export function songKey(title: string): string {
  return title.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether a song title touches one of the client's dislikes (by words), so a picker can warn. */
export function touchesDislike(title: string, dislikes: readonly string[]): string | null {
  const t = ` ${songKey(title)} `;
  for (const d of dislikes) {
    const k = songKey(d);
    if (k && t.includes(` ${k} `)) return d;
  }
  return null;
}
