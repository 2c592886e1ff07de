/**
 * Outcomes by music element, descriptive only: an objective's session values grouped by the music
 * used in that session's delivered interventions for it (song, key, tempo band, live or recorded),
 * each group with its number of sessions (n), median and mean. It says which music went with which
 * values, never that the music made the difference: sessions differ in phase, time and much else.
 *
 * Rules:
 * - a session counts once in a group however many times that song, key, band or source was used in it;
 *   a session with two songs counts in both songs' groups;
 * - a session without a value (no opportunities) is left out; a session with a value and no music
 *   recorded for the objective is counted apart (`withoutMusic`), in no group;
 * - music that does not record an element (no key, no tempo, key "other") is the "not recorded" group
 *   of that element, so every session with music is in each element's groups;
 * - tempo bands are 20 bpm wide (60–79, 80–99 …): plain arithmetic, not a clinical category.
 */
import { songKey } from './music.js';

export const MUSIC_ELEMENTS = ['song', 'key', 'tempo', 'source'] as const;
export type MusicElement = (typeof MUSIC_ELEMENTS)[number];

export const NOT_RECORDED = 'not recorded';
export const DESCRIPTIVE_SENTENCE =
  'Descriptive only: the session values grouped by the music used, with the number of sessions (n). They show what went together, not that the music caused a difference; sessions also differ in phase, time and other interventions.';

export interface MusicUsed {
  title: string;
  key: string | null;
  tempoBpm: number | null;
  source: 'live' | 'recorded';
}

export interface SessionWithMusic {
  sessionId: string;
  value: number | null;
  music: readonly MusicUsed[];
}

export interface MusicGroup {
  label: string;
  n: number;
  median: number;
  mean: number;
}

export interface MusicOutcomes {
  sessionsWithMusic: number;
  withoutMusic: number;
  byElement: Record<MusicElement, MusicGroup[]>;
}

const BAND = 20;
/** The 20-bpm band of a tempo: 92 → "80–99 bpm". */
export function tempoBand(bpm: number): string {
  const lo = Math.floor(bpm / BAND) * BAND;
  return `${lo}–${lo + BAND - 1} bpm`;
}

/** The group label of one use for one element. Songs compare as songKey does, shown by the first title seen. */
function labelOf(element: MusicElement, m: MusicUsed): { key: string; label: string } {
  switch (element) {
    case 'song':
      return { key: songKey(m.title), label: m.title };
    case 'key':
      return m.key && m.key !== 'other' ? { key: m.key, label: m.key } : { key: NOT_RECORDED, label: NOT_RECORDED };
    case 'tempo':
      return m.tempoBpm !== null ? { key: `b${Math.floor(m.tempoBpm / BAND)}`, label: tempoBand(m.tempoBpm) } : { key: NOT_RECORDED, label: NOT_RECORDED };
    case 'source':
      return { key: m.source, label: m.source };
  }
}

const round2 = (v: number) => Math.round(v * 100) / 100;
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Groups first by n (most sessions first), then by label; "not recorded" last. */
const order = (a: MusicGroup, b: MusicGroup) =>
  Number(a.label === NOT_RECORDED) - Number(b.label === NOT_RECORDED) || b.n - a.n || a.label.localeCompare(b.label);

export function musicOutcomes(sessions: readonly SessionWithMusic[]): MusicOutcomes {
  const valued = sessions.filter((s): s is SessionWithMusic & { value: number } => s.value !== null);
  const withMusic = valued.filter((s) => s.music.length > 0);
  const byElement = {} as Record<MusicElement, MusicGroup[]>;
  for (const element of MUSIC_ELEMENTS) {
    const groups = new Map<string, { label: string; values: number[] }>();
    for (const s of withMusic) {
      const seen = new Set<string>();
      for (const m of s.music) {
        const { key, label } = labelOf(element, m);
        if (seen.has(key)) continue;
        seen.add(key);
        const g = groups.get(key) ?? { label, values: [] };
        g.values.push(s.value);
        groups.set(key, g);
      }
    }
    byElement[element] = [...groups.values()]
      .map((g) => ({ label: g.label, n: g.values.length, median: round2(median(g.values)), mean: round2(g.values.reduce((a, b) => a + b, 0) / g.values.length) }))
      .sort(order);
  }
  return { sessionsWithMusic: withMusic.length, withoutMusic: valued.length - withMusic.length, byElement };
}
