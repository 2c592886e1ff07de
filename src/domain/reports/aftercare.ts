/**
 * What a discharge summary says about the end of care and what follows it, by population. ONE
 * place for each rule:
 *
 * - reasons for discharge: the hospice ones follow the Medicare hospice benefit: revocation by the
 *   patient or representative (42 CFR 418.28), transfer to another hospice (change of the
 *   designated hospice, 42 CFR 418.30), a move out of the service area and a patient no longer
 *   terminally ill (discharge, 42 CFR 418.26(a)); death ends hospice care. A reason that only a
 *   hospice patient can have is refused for anyone else (reasonApplies);
 * - hospice: the legacy work delivered is named; after a death, a prompt for the family's
 *   bereavement follow-up (the hospice offers bereavement counselling for up to one year after the
 *   death, 42 CFR 418.64(d)(1)); after any other end of hospice care, a prompt for the handover;
 * - NICU: prompts for a home lullaby and voice plan for the parents (parent-sung lullabies were
 *   studied in the NICU by Loewy J et al., Pediatrics 2013;131:902–918) and for a referral to early
 *   intervention (IDEA Part C, 34 CFR Part 303);
 * - rehabilitation with rhythmic auditory stimulation (Thaut MH et al., Mov Disord 1996;11:193–200):
 *   a home programme at the cue tempo last recorded with the data.
 * A prompt is a line the therapist completes before signing (its blanks are "____"); nothing in
 * it is asserted as done.
 */
import { z } from 'zod';
import type { ReportClient, ReportInput } from './inputs.js';
import { inHospice, inNicu } from './population.js';
import { formatDate, listText, plural, type Voice } from './words.js';
import type { Sentence } from './narrative.js';

export const DISCHARGE_REASONS = [
  'goals_met', 'discharged_home', 'transfer', 'moved_out_of_area', 'client_choice', 'death', 'hospice_revocation', 'no_longer_terminally_ill', 'other',
] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];
export const dischargeReasonSchema = z.enum(DISCHARGE_REASONS);

export const DISCHARGE_REASON_LABELS: Record<DischargeReason, string> = {
  goals_met: 'Treatment goals met',
  discharged_home: 'Discharged home',
  transfer: 'Transferred to another provider',
  moved_out_of_area: 'Moved out of the service area',
  client_choice: 'Services ended at the request of the client or family',
  death: 'Death',
  hospice_revocation: 'Revocation of the hospice benefit by the patient or representative',
  no_longer_terminally_ill: 'Discharged from hospice: no longer terminally ill',
  other: 'Other',
};

const HOSPICE_ONLY: readonly DischargeReason[] = ['hospice_revocation', 'no_longer_terminally_ill'];

/** A reason this client can have: the hospice benefit's own reasons only for a hospice patient. */
export const reasonApplies = (reason: DischargeReason, client: Pick<ReportClient, 'populations' | 'setting'>) => !HOSPICE_ONLY.includes(reason) || inHospice(client);

const line = (text: string): Sentence => ({ text, figures: [] });

/** "Linh Nguyen (mother) and Minh Nguyen (father)", else "the family". */
function family(client: ReportClient): string {
  const names = client.guardians.map((g) => (g.relationship ? `${g.name} (${g.relationship})` : g.name));
  return names.length ? listText(names) : 'the family';
}

/** The legacy work delivered (hospice): "Legacy song and heartbeat recording (12 sessions)". */
export function legacyWorkDelivered(input: ReportInput): string[] {
  return input.interventions.filter((i) => i.technique === 'legacy_work' && i.timesDelivered > 0).map((i) => `${i.name} (${plural(i.timesDelivered, 'session')})`);
}

/** The lines to complete before the summary is signed, for this client and reason. */
export function aftercarePrompts(input: ReportInput, reason: DischargeReason | null): Sentence[] {
  const c = input.client;
  const out: Sentence[] = [];
  if (inHospice(c)) {
    const names = input.interventions.filter((i) => i.technique === 'legacy_work' && i.timesDelivered > 0).map((i) => i.name);
    if (names.length) out.push(line(`Legacy work given to the family, from ${listText(names)}: what was given, to whom and on what date: ____.`));
    if (reason === 'death')
      out.push(line(`Bereavement follow-up for ${family(c)}: referred to the hospice bereavement programme on ____; music therapy bereavement contact: ____. (The hospice offers bereavement support for up to a year after the death.)`));
    else if (reason && reason !== 'other')
      out.push(line(`Handover of the music care plan to ____ on ____: the music that brought comfort, and how it was given.`));
  }
  if (inNicu(c)) {
    const songs = c.musicPreferences.songs.map((s) => `“${s}”`);
    out.push(line(`Home lullaby and voice plan for ${family(c)}${songs.length ? `, with the songs from the sessions (${listText(songs)})` : ''}: when to sing and for how long: ____; the baby’s cues to pause or stop: ____.`));
    out.push(line('Referral to early intervention (IDEA Part C): made on ____ to ____, or not indicated because ____.'));
  }
  return out;
}

/** A home programme at the RAS cue tempo, when rhythmic auditory stimulation was delivered or a cue tempo was recorded. */
export function homeProgramme(input: ReportInput, voice: Voice): Sentence | null {
  const cues = input.goals.flatMap((g) => g.objectives).map((o) => o.lastCueTempo).filter((t): t is { bpm: number; date: string } => !!t);
  const ras = input.interventions.some((i) => i.technique === 'rhythmic_auditory_stimulation' && i.timesDelivered > 0);
  if (!ras && cues.length === 0) return null;
  const last = cues.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  const name = input.client.preferredName || input.client.firstName;
  if (voice === 'family')
    return last
      ? { text: `At home: ${name} can walk to music or a metronome at ${last.bpm} beats per minute, the beat we used on ${formatDate(last.date)}, as we agree together.`, figures: [{ label: 'cue tempo', value: `${last.bpm} beats per minute` }, { label: 'cue tempo on', value: formatDate(last.date) }] }
      : null;
  return last
    ? { text: `Home programme: walking with music or a metronome at ${last.bpm} bpm, the RAS cue tempo last recorded (${formatDate(last.date)}); how often, for how long and with whom: ____.`, figures: [{ label: 'cue tempo', value: `${last.bpm} bpm` }, { label: 'cue tempo on', value: formatDate(last.date) }] }
    : line('Home programme: walking to a RAS cue at home; no cue tempo was recorded with the session data: cue tempo ____ bpm; how often, for how long and with whom: ____.');
}
