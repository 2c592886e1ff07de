import { describe, expect, it } from 'vitest';
import { formatMusicLine, MUSIC_KEYS, musicUseCreateSchema, touchesDislike } from './music.js';

const base = { id: '0190e7a2-0000-7000-8000-000000000001', deliveredInterventionId: '0190e7a2-0000-7000-8000-000000000002', title: 'Hello song' };

describe('music used', () => {
  it('has the 24 major and minor keys and “other”', () => {
    expect(MUSIC_KEYS).toHaveLength(25);
    expect(MUSIC_KEYS.filter((k) => k.endsWith(' major'))).toHaveLength(12);
    expect(MUSIC_KEYS.filter((k) => k.endsWith(' minor'))).toHaveLength(12);
    expect(MUSIC_KEYS).toContain('G major');
    expect(MUSIC_KEYS).toContain('A minor');
  });

  it('refuses a tempo outside 20–300 bpm, a meter that is not a time signature and a key not on the list', () => {
    const bad = (extra: object) => musicUseCreateSchema.safeParse({ ...base, ...extra });
    expect(bad({ tempoBpm: 0 }).error?.issues[0]?.path).toEqual(['tempoBpm']);
    expect(bad({ tempoBpm: 301 }).success).toBe(false);
    expect(bad({ tempoBpm: 20 }).success).toBe(true);
    expect(bad({ tempoBpm: 300 }).success).toBe(true);
    for (const m of ['2/4', '3/4', '4/4', '6/8', '7/8', '12/8']) expect(bad({ meter: m }).success).toBe(true);
    for (const m of ['4', '4/3', '0/4', '17/8', 'fast']) expect(bad({ meter: m }).error?.issues[0]?.path).toEqual(['meter']);
    expect(bad({ key: 'H major' }).error?.issues[0]?.path).toEqual(['key']);
    expect(bad({ key: 'other' }).success).toBe(true);
    expect(bad({ ledBy: ['conductor'] }).success).toBe(false);
  });

  it('writes one note line with what was recorded, and only that', () => {
    const m = musicUseCreateSchema.parse({ ...base, key: 'G major', tempoBpm: 92, instruments: ['guitar'], response: 'Maya joined the last two lines.' });
    expect(formatMusicLine(m)).toBe('Hello song (G major, 92 bpm, guitar): Maya joined the last two lines');
    expect(formatMusicLine(musicUseCreateSchema.parse(base))).toBe('Hello song');
    const full = musicUseCreateSchema.parse({ ...base, title: 'Three Little Birds', artist: 'Bob Marley', version: 'adapted', key: 'A major', tempoBpm: 76.4, meter: '6/8', instruments: ['ukulele', 'shaker'], ledBy: ['therapist', 'family'], source: 'recorded' });
    expect(formatMusicLine(full)).toBe('Three Little Birds by Bob Marley (adapted, A major, 76 bpm, 6/8, ukulele, shaker, recorded, led by therapist and family)');
  });

  it('recognises a disliked song by its words, not by a fragment of one', () => {
    expect(touchesDislike('Baby Shark (dance version)', ['baby shark'])).toBe('baby shark');
    expect(touchesDislike('Sharks and Minnows', ['shark'])).toBeNull();
    expect(touchesDislike('Hello song', [])).toBeNull();
  });
});
