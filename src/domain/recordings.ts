/**
 * Session recordings: which audio the record accepts, how a file is known to be what it says, and
 * which bytes a play asks for (HTTP range requests). Pure: the server and the web app both use it.
 */

/** The audio types accepted, as browsers record them (MediaRecorder: Opus in WebM or Ogg, AAC in MP4 on Safari) or as files come (MP3, WAV). */
export const RECORDING_TYPES = ['audio/webm', 'audio/ogg', 'audio/mp4', 'audio/mpeg', 'audio/wav'] as const;
export type RecordingType = (typeof RECORDING_TYPES)[number];

/**
 * On what ground the clip was recorded: the client's own consent, a parent's or guardian's (a
 * minor), or a legally authorized representative's (an adult who cannot consent, as in late
 * dementia or hospice). The record keeps who consented; the consent form itself is kept by the practice.
 */
export const CONSENT_BASES = ['client', 'guardian', 'representative'] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

/** The longest clip accepted: a long session, with room to spare. */
export const MAX_RECORDING_MS = 3 * 60 * 60 * 1000;

/** The media type of a Content-Type header, without parameters (audio/webm;codecs=opus → audio/webm), when it is one accepted. */
export function recordingTypeOf(contentType: string | undefined): RecordingType | null {
  const base = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const alias: Record<string, RecordingType> = { 'audio/x-wav': 'audio/wav', 'audio/wave': 'audio/wav', 'audio/mp3': 'audio/mpeg', 'audio/x-m4a': 'audio/mp4', 'audio/m4a': 'audio/mp4' };
  if (alias[base]) return alias[base];
  return (RECORDING_TYPES as readonly string[]).includes(base) ? (base as RecordingType) : null;
}

const ascii = (b: Uint8Array, at: number, text: string) => [...text].every((ch, i) => b[at + i] === ch.charCodeAt(0));

/**
 * Whether the first bytes are those of the type declared (the files' own signatures: the EBML header
 * 1A 45 DF A3 of WebM/Matroska, "OggS" of Ogg (RFC 3533), "ftyp" at byte 4 of ISO base media/MP4
 * (ISO/IEC 14496-12), an ID3 tag or an MPEG audio frame sync (11 bits set) for MP3, "RIFF"…"WAVE" for WAV).
 */
export function looksLike(type: RecordingType, head: Uint8Array): boolean {
  switch (type) {
    case 'audio/webm':
      return head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3;
    case 'audio/ogg':
      return ascii(head, 0, 'OggS');
    case 'audio/mp4':
      return ascii(head, 4, 'ftyp');
    case 'audio/mpeg':
      return ascii(head, 0, 'ID3') || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0);
    case 'audio/wav':
      return ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE');
  }
}

export type ByteRange = { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * The bytes a Range header asks of a file of `size` bytes (RFC 9110 §14): `bytes=a-b`, `bytes=a-`
 * or the last n bytes `bytes=-n`; an end past the file is the file's end. No header, another unit
 * or several ranges (which would need a multipart answer): the whole file. A range that starts past
 * the end, asks for nothing, or is not written as the RFC says: unsatisfiable (416).
 */
export function byteRangeOf(header: string | undefined, size: number): ByteRange {
  if (header === undefined || header.trim() === '') return { kind: 'whole' };
  const m = /^\s*([A-Za-z]+)\s*=\s*(.*)$/.exec(header);
  if (!m) return { kind: 'unsatisfiable' };
  if (m[1]!.toLowerCase() !== 'bytes') return { kind: 'whole' };
  const specs = m[2]!.split(',');
  if (specs.length > 1) return { kind: 'whole' };
  const r = /^\s*(\d*)\s*-\s*(\d*)\s*$/.exec(specs[0]!);
  if (!r || (r[1] === '' && r[2] === '')) return { kind: 'unsatisfiable' };
  if (r[1] === '') {
    const suffix = Number(r[2]);
    if (suffix === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(r[1]);
  const end = r[2] === '' ? size - 1 : Math.min(Number(r[2]), size - 1);
  if (start >= size || (r[2] !== '' && Number(r[2]) < start)) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end };
}

/** A clip's length as people read one: 3:07 (nothing when unknown). */
export const clipLength = (ms: number | null) => (ms === null ? '' : `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`);
