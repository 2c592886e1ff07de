import { describe, expect, it } from 'vitest';
import { musicOutcomes, NOT_RECORDED, tempoBand, type MusicUsed, type SessionWithMusic } from './music-outcomes.js';

const hello: MusicUsed = { title: 'Frère Jacques', key: 'G major', tempoBpm: 92, source: 'live' };
const row: MusicUsed = { title: 'Row, Row, Row Your Boat', key: 'C major', tempoBpm: 100, source: 'recorded' };
const s = (sessionId: string, value: number | null, ...music: MusicUsed[]): SessionWithMusic => ({ sessionId, value, music });

describe('outcomes by music element (descriptive grouping)', () => {
  it.each([
    // tempo, band
    [20, '20–39 bpm'],
    [79.9, '60–79 bpm'],
    [80, '80–99 bpm'],
    [92, '80–99 bpm'],
    [100, '100–119 bpm'],
    [300, '300–319 bpm'],
  ])('tempo %s bpm is in the band %s', (bpm, band) => expect(tempoBand(bpm)).toBe(band));

  // Truth table: sessions → the groups of one element, as label:n:median:mean.
  const groups = (sessions: SessionWithMusic[], element: 'song' | 'key' | 'tempo' | 'source') =>
    musicOutcomes(sessions).byElement[element].map((g) => `${g.label}:${g.n}:${g.median}:${g.mean}`);
  it.each<[string, SessionWithMusic[], 'song' | 'key' | 'tempo' | 'source', string[]]>([
    ['no sessions: no groups', [], 'song', []],
    ['one song, one session', [s('a', 40, hello)], 'song', ['Frère Jacques:1:40:40']],
    ['two sessions of one song: median and mean of both', [s('a', 40, hello), s('b', 60, hello)], 'song', ['Frère Jacques:2:50:50']],
    ['a session with two songs is in both groups', [s('a', 40, hello, row), s('b', 70, row)], 'song', ['Row, Row, Row Your Boat:2:55:55', 'Frère Jacques:1:40:40']],
    ['the same song twice in a session counts once', [s('a', 40, hello, { ...hello, tempoBpm: 96 })], 'song', ['Frère Jacques:1:40:40']],
    ['titles differing in case and punctuation are one song', [s('a', 40, hello), s('b', 50, { ...hello, title: 'frere jacques' })], 'song', ['Frère Jacques:2:45:45']],
    ['a session without a value is left out', [s('a', null, hello), s('b', 30, hello)], 'song', ['Frère Jacques:1:30:30']],
    ['a session without music is in no group', [s('a', 90), s('b', 30, hello)], 'song', ['Frère Jacques:1:30:30']],
    ['keys, with a missing or “other” key as not recorded, last', [s('a', 10, hello), s('b', 20, { ...row, key: null }), s('c', 30, { ...row, key: 'other' })], 'key', ['G major:1:10:10', `${NOT_RECORDED}:2:25:25`]],
    ['tempo bands: 92 and 96 share a band, 100 does not', [s('a', 10, hello), s('b', 20, { ...hello, tempoBpm: 96 }), s('c', 60, row)], 'tempo', ['80–99 bpm:2:15:15', '100–119 bpm:1:60:60']],
    ['no tempo: not recorded', [s('a', 10, { ...hello, tempoBpm: null })], 'tempo', [`${NOT_RECORDED}:1:10:10`]],
    ['live vs recorded; a session with both is in both', [s('a', 10, hello, row), s('b', 20, hello), s('c', 33, hello)], 'source', ['live:3:20:21', 'recorded:1:10:10']],
    ['an odd count: the middle value is the median, the mean rounded to 2 places', [s('a', 1, hello), s('b', 2, hello), s('c', 10, hello)], 'song', ['Frère Jacques:3:2:4.33']],
  ])('%s', (_, sessions, element, expected) => expect(groups(sessions, element)).toEqual(expected));

  it('counts the sessions with music and those without, leaving out sessions without a value', () => {
    const out = musicOutcomes([s('a', 10, hello), s('b', 20), s('c', null, hello), s('d', 5)]);
    expect(out.sessionsWithMusic).toBe(1);
    expect(out.withoutMusic).toBe(2);
  });
});
