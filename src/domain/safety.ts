/**
 * Before a note is signed, the Assessment and Plan must answer what the session record raises about
 * safety: a fall or an injury, a safety disclosure (self-harm, suicidal thoughts, abuse), or a
 * pre-session pain or anxiety rating of 7 or more on a 0–10 scale (severity.ts, with its source).
 * The therapist answers by addressing it in the note, or by recording that the team was notified.
 */
import { isSevere, SEVERE_FROM } from './severity.js';

export type SafetyKind = 'fall_or_injury' | 'safety_disclosure' | 'severe_pre_session_rating';
export interface SafetyConcern {
  kind: SafetyKind;
  /** What in the record raised it, quoted or summarised for the therapist. */
  evidence: string;
}
export const SAFETY_RESPONSES = ['addressed_in_note', 'team_notified'] as const;
export type SafetyResponse = (typeof SAFETY_RESPONSES)[number];

const FALL = /\b(fall|falls|fell|fallen|near[- ]fall|tripped|injur(?:y|ies|ed)|bruis(?:e|es|ed|ing)|fracture[ds]?|hit (?:his|her|their) head)\b/i;
const DISCLOSURE = /\b(self[- ]harm\w*|suicid\w*|kill (?:my|him|her|them)sel(?:f|ves)|cutting|abus(?:e|ed|ing)|hurt (?:my|him|her|them)sel(?:f|ves)|unsafe at home)\b/i;
export const SEVERE_RATING = SEVERE_FROM;

const quote = (text: string, re: RegExp) => {
  const sentence = text.split(/(?<=[.!?])\s+/).find((s) => re.test(s)) ?? text;
  return sentence.trim().slice(0, 160);
};

export function safetyConcerns(subjective: string, preRatings: readonly { scaleName: string; min: number; max: number; pre: number | null }[]): SafetyConcern[] {
  const found: SafetyConcern[] = [];
  if (FALL.test(subjective)) found.push({ kind: 'fall_or_injury', evidence: quote(subjective, FALL) });
  if (DISCLOSURE.test(subjective)) found.push({ kind: 'safety_disclosure', evidence: quote(subjective, DISCLOSURE) });
  for (const r of preRatings)
    if (r.pre !== null && isSevere(r, r.pre))
      found.push({ kind: 'severe_pre_session_rating', evidence: `${r.scaleName}: ${r.pre} of 10 before the session` });
  return found;
}

export const SAFETY_WORDS: Record<SafetyKind, string> = {
  fall_or_injury: 'a fall or an injury',
  safety_disclosure: 'a safety disclosure',
  severe_pre_session_rating: 'a severe rating before the session',
};
