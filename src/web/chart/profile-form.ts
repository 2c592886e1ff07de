/** The profile as the form edits it (text in inputs) and back to the API's shape; only what changed is sent. */
import type { Client } from '../api/types.js';
import { lines } from '../ui/ChoiceGroup.js';

export type Guardian = Client['guardians'][number];
export type Diagnosis = Client['diagnoses'][number];
const MUSIC = ['genres', 'songs', 'artists', 'instruments', 'dislikes'] as const;
type MusicList = (typeof MUSIC)[number];

export interface ProfileDraft {
  firstName: string;
  lastName: string;
  preferredName: string;
  birthDate: string;
  gestationalAgeWeeks: string;
  gestationalAgeDays: string;
  populations: string[];
  setting: string;
  status: string;
  diagnoses: Diagnosis[];
  referral: Client['referral'];
  guardians: Guardian[];
  music: Record<MusicList, string> & { notes: string };
}

const text = (n: number | null) => (n === null ? '' : String(n));
const number = (s: string) => (s.trim() === '' ? null : Number(s));

export function toDraft(c: Client): ProfileDraft {
  const m = c.musicPreferences;
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    preferredName: c.preferredName ?? '',
    birthDate: c.birthDate ?? '',
    gestationalAgeWeeks: text(c.gestationalAgeWeeks),
    gestationalAgeDays: text(c.gestationalAgeDays),
    populations: c.populations,
    setting: c.setting,
    status: c.status,
    diagnoses: c.diagnoses,
    referral: c.referral,
    guardians: c.guardians,
    music: { genres: m.genres.join('\n'), songs: m.songs.join('\n'), artists: m.artists.join('\n'), instruments: m.instruments.join('\n'), dislikes: m.dislikes.join('\n'), notes: m.notes },
  };
}

export function toBody(d: ProfileDraft): Record<string, unknown> {
  return {
    firstName: d.firstName,
    lastName: d.lastName,
    preferredName: d.preferredName.trim() || null,
    birthDate: d.birthDate || null,
    gestationalAgeWeeks: number(d.gestationalAgeWeeks),
    gestationalAgeDays: number(d.gestationalAgeDays),
    populations: d.populations,
    setting: d.setting,
    status: d.status,
    diagnoses: d.diagnoses,
    referral: { ...d.referral, referredOn: d.referral.referredOn || null },
    guardians: d.guardians,
    musicPreferences: { ...Object.fromEntries(MUSIC.map((k) => [k, lines(d.music[k])])), notes: d.music.notes },
  };
}

/** The fields of `after` that differ from `before`. */
export function changes(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])));
}
