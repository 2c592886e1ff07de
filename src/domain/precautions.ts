/**
 * Client precautions and contraindications for music therapy, and which of them an intervention's own
 * precautions speak to. The kinds are the ones a supervising MT-BC asked the chart to hold (seizures and
 * photosensitivity, sound sensitivity, trauma-linked songs, hearing aids or a shunt, atlanto-axial
 * instability, swallow precautions, fall risk, NICU stimulation limits), plus "other".
 *
 * The match is read from the intervention's stated precautions (the library's text), never guessed from
 * its name: a warning quotes what the intervention itself says. An intervention whose text names none
 * of a kind raises no warning for it; the client's precautions are shown in full wherever one plans or
 * delivers, so a kind the library is silent on is still in front of the therapist.
 */
import { z } from 'zod';

export const PRECAUTION_KINDS = [
  'seizures_photosensitivity',
  'sound_sensitivity',
  'trauma_linked_music',
  'hearing_device_or_shunt',
  'atlanto_axial_instability',
  'swallow',
  'fall_risk',
  'nicu_stimulation_limits',
  'other',
] as const;
export type PrecautionKind = (typeof PRECAUTION_KINDS)[number];

export const PRECAUTION_LABELS: Record<PrecautionKind, string> = {
  seizures_photosensitivity: 'Seizures or photosensitivity',
  sound_sensitivity: 'Sound sensitivity',
  trauma_linked_music: 'Trauma-linked songs or music',
  hearing_device_or_shunt: 'Hearing aid, cochlear implant or shunt',
  atlanto_axial_instability: 'Atlanto-axial instability',
  swallow: 'Swallow precautions',
  fall_risk: 'Fall risk',
  nicu_stimulation_limits: 'NICU stimulation limits',
  other: 'Other',
};

export const precautionSchema = z.strictObject({
  kind: z.enum(PRECAUTION_KINDS),
  /** What the team should know: the songs to avoid, the stimulation the infant tolerates, who set the limit. */
  note: z.string().trim().max(1000).default(''),
});
export type Precaution = z.output<typeof precautionSchema>;

export const precautionsSchema = z
  .array(precautionSchema)
  .max(30)
  .refine((ps) => ps.every((p) => p.kind !== 'other' || p.note !== ''), { message: 'an “other” precaution says what it is in its note' });

/** Words in an intervention's stated precautions that speak to each kind ("other" has none). */
const SPEAKS_TO: Record<Exclude<PrecautionKind, 'other'>, RegExp> = {
  seizures_photosensitivity: /seizure|epilep|photosensitiv|flashing|strobe/i,
  sound_sensitivity: /volume|loud|noise|sound tolerance|sensory tolerance|sensory overload|unexpected sounds|hearing protection|ear defenders|total sound/i,
  trauma_linked_music: /trauma|painful memories|trigger|upsetting|songs to avoid|bring grief/i,
  hearing_device_or_shunt: /hearing aid|cochlear|shunt|headphones/i,
  atlanto_axial_instability: /atlanto-axial|cervical|neck/i,
  swallow: /swallow|dysphagia|choking|aspirat/i,
  fall_risk: /\bfalls?\b|fall-prevention|balance|trip hazard|guard during standing|gait belt/i,
  nicu_stimulation_limits: /overstimulation|one stimulus at a time|modalities one at a time/i,
};

export interface PrecautionConflict {
  kind: PrecautionKind;
  label: string;
  /** The client's note for this precaution. */
  note: string;
  /** The intervention's own precautions that speak to it, as the library states them. */
  interventionSays: string[];
}

/** The client's precautions an intervention's stated precautions speak to, each with the sentences that do. */
export function precautionConflicts(client: readonly Precaution[], intervention: { precautions: readonly string[] }): PrecautionConflict[] {
  const out: PrecautionConflict[] = [];
  for (const p of client) {
    if (p.kind === 'other') continue;
    const says = intervention.precautions.filter((text) => SPEAKS_TO[p.kind as Exclude<PrecautionKind, 'other'>].test(text));
    if (says.length) out.push({ kind: p.kind, label: PRECAUTION_LABELS[p.kind], note: p.note, interventionSays: says });
  }
  return out;
}

/** One line for a chart or a planner: "Sound sensitivity (ear defenders in group); Fall risk". */
export const precautionLine = (ps: readonly Precaution[]): string =>
  ps.map((p) => (p.note ? `${PRECAUTION_LABELS[p.kind]} (${p.note})` : PRECAUTION_LABELS[p.kind])).join('; ');
