import { describe, expect, it } from 'vitest';
import { precautionConflicts, precautionLine, precautionsSchema, PRECAUTION_KINDS, type Precaution, type PrecautionKind } from './precautions.js';
import { loadContent } from '../content/index.js';

const drum = { precautions: ['Check sound tolerance; offer ear defenders or softer instruments.'] };
const ras = { precautions: ['Guard for falls; use a gait belt and clear the walkway.', 'Never push tempo past the point where step quality breaks down.'] };
const lullaby = { precautions: ['Watch for overstimulation cues (gaze aversion, finger splay) and stop.', 'One stimulus at a time for fragile or very preterm infants.'] };
const p = (kind: PrecautionKind, note = ''): Precaution => ({ kind, note });

describe('which client precautions an intervention’s own precautions speak to', () => {
  const rows: [string, Precaution[], { precautions: string[] }, PrecautionKind[]][] = [
    ['sound sensitivity, a drum game that says to check sound tolerance', [p('sound_sensitivity')], drum, ['sound_sensitivity']],
    ['fall risk, RAS gait training that says to guard for falls', [p('fall_risk')], ras, ['fall_risk']],
    ['fall risk, a drum game: nothing', [p('fall_risk')], drum, []],
    ['NICU stimulation limits, a lullaby that speaks of overstimulation', [p('nicu_stimulation_limits')], lullaby, ['nicu_stimulation_limits']],
    ['two precautions, one spoken to', [p('sound_sensitivity'), p('fall_risk')], drum, ['sound_sensitivity']],
    ['“other” is never matched from text', [p('other', 'loud noises upset him')], drum, []],
    ['no precautions on the chart', [], ras, []],
    ['an intervention that states no precautions', [p('sound_sensitivity')], { precautions: [] }, []],
    ['“falls” matches, “falls asleep”-free text about tempo does not match fall risk by accident', [p('fall_risk')], { precautions: ['Keep the tempo steady.'] }, []],
  ];
  it.each(rows)('%s', (_, client, intervention, want) => {
    const got = precautionConflicts(client, intervention);
    expect(got.map((c) => c.kind)).toEqual(want);
    for (const c of got) expect(c.interventionSays.length).toBeGreaterThan(0);
  });

  it('quotes the intervention’s own sentences, not a summary', () => {
    const [c] = precautionConflicts([p('fall_risk', 'uses a walker')], ras);
    expect(c).toEqual({ kind: 'fall_risk', label: 'Fall risk', note: 'uses a walker', interventionSays: ['Guard for falls; use a gait belt and clear the walkway.'] });
  });

  it('finds, in the shipped library, a warning for each kind the library speaks to', () => {
    const content = loadContent();
    const spoken = new Set<PrecautionKind>();
    for (const i of content.interventions) for (const c of precautionConflicts(PRECAUTION_KINDS.map((k) => p(k, 'x')), i)) spoken.add(c.kind);
    // The library names sound, trauma, hearing devices, atlanto-axial instability, swallowing, falls and NICU stimulation; none names seizures.
    expect([...spoken].sort()).toEqual(['atlanto_axial_instability', 'fall_risk', 'hearing_device_or_shunt', 'nicu_stimulation_limits', 'sound_sensitivity', 'swallow', 'trauma_linked_music']);
  });

  it('validates the chart’s list: known kinds, “other” says what it is', () => {
    expect(precautionsSchema.safeParse([{ kind: 'fall_risk' }]).success).toBe(true);
    expect(precautionsSchema.safeParse([{ kind: 'other' }]).success).toBe(false);
    expect(precautionsSchema.safeParse([{ kind: 'loud' }]).success).toBe(false);
    expect(precautionLine([p('sound_sensitivity', 'ear defenders in group'), p('fall_risk')])).toBe('Sound sensitivity (ear defenders in group); Fall risk');
  });
});
