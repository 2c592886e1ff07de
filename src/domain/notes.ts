/**
 * Note drafting: the objective (or data) section is written from the session's data, never invented.
 * The therapist edits the subjective, assessment and plan before signing.
 */
import { ABSENCE_REASON_WORDS, minutesTaken, type AbsenceReason, type AttendanceRecord } from './session-facts.js';

export type NoteFormat = 'SOAP' | 'DAP';
export type NoteSections = Partial<Record<'subjective' | 'objective' | 'assessment' | 'plan' | 'data', string>>;

export interface DraftInput {
  format: NoteFormat;
  clientName: string;
  session: {
    localDate: string; durationMinutes: number; type: string; setting: string; groupName?: string | null;
    /** The length from the real start and end when recorded (else the planned length). */
    length?: { minutes: number; source: 'recorded' | 'planned' };
  } & AttendanceRecord;
  /**
   * Planned and delivered interventions; only the delivered ones are stated as delivered, each with
   * the music used in it (formatMusicLine) and the objectives it served, by their labels.
   */
  interventions: { name: string; technique: string; music?: string[]; objectiveLabels: string[]; delivered?: boolean }[];
  /** Each objective by its label (objectiveLabel), never its full statement. */
  objectives: { label: string; summaryText: string | null; masteryNote?: string | null; cue?: CueTempoWords | null }[];
}

/** The RAS cue tempo the session's entries were walked to: one tempo, or the range when it was changed. */
export interface CueTempoWords {
  meanBpm: number;
  minBpm: number;
  maxBpm: number;
}

const bpm = (n: number) => String(Math.round(n * 10) / 10);
/** "walked to a RAS cue at 94.5 bpm", or "… at 92–96 bpm (mean 94.2)" when the cue changed within the session. */
export const cueWords = (c: CueTempoWords): string =>
  `walked to a RAS cue at ${c.minBpm === c.maxBpm ? bpm(c.meanBpm) : `${bpm(c.minBpm)}–${bpm(c.maxBpm)}`} bpm${c.minBpm === c.maxBpm ? '' : ` (mean ${bpm(c.meanBpm)})`}`;

/** The opening sentence: who attended, how, and for how long; never "attended" when attendance was not recorded. */
export function attendanceSentence(clientName: string, s: DraftInput['session']): string {
  const length = s.length ?? { minutes: s.durationMinutes, source: 'planned' as const };
  const kind = `${s.type.replace('_', '-')} session on ${s.localDate}${s.groupName ? ` (${s.groupName})` : ''}`;
  const sized = `a ${length.minutes}-minute ${kind}${length.source === 'planned' ? ' (planned length; the real times were not recorded)' : ''}`;
  switch (s.attendance) {
    case 'present':
      return `${clientName} attended ${sized}.`;
    case 'late':
      return `${clientName} arrived ${s.lateMinutes ? `${s.lateMinutes} minutes ` : ''}late to ${sized}${s.lateMinutes ? `, and took part for ${minutesTaken(length.minutes, s)} minutes` : ''}.`;
    case 'left_early':
      return `${clientName} left ${s.leftEarlyMinutes ? `${s.leftEarlyMinutes} minutes ` : ''}early from ${sized}${s.leftEarlyMinutes ? `, and took part for ${minutesTaken(length.minutes, s)} minutes` : ''}.`;
    case 'absent':
      return `${clientName} was absent from the ${kind}${s.absenceReason ? ` (${ABSENCE_REASON_WORDS[s.absenceReason as AbsenceReason] ?? s.absenceReason})` : ''}.`;
    case 'cancelled':
      return `The ${kind} was cancelled for ${clientName}.`;
    default:
      return `${clientName}’s attendance at the ${kind} is not recorded.`;
  }
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A label inside a sentence: "Takes a turn…" reads "takes a turn…"; "10MWT" and "SpO₂" stay as written. */
const inSentence = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** Ends a line with one full stop, whatever the recorded words ended with (no ".." or ".:"). */
export const sentence = (text: string): string => `${text.replace(/[.\s]+$/, '')}${/[!?…]$/.test(text.trim()) ? '' : '.'}`;

function objectiveLines(input: DraftInput): string[] {
  const lines = [attendanceSentence(input.clientName, input.session)];
  const measured = input.objectives.filter((o) => o.summaryText);
  if (measured.length === 0) lines.push('No data was recorded for the objectives in this session.');
  for (const o of measured) lines.push(sentence(`• ${capitalized(o.label)}: ${o.summaryText}${o.cue ? `, ${cueWords(o.cue)}` : ''}`) + (o.masteryNote ? ` ${o.masteryNote}` : ''));
  const unmeasured = input.objectives.filter((o) => !o.summaryText);
  if (measured.length > 0 && unmeasured.length > 0) lines.push(sentence(`Not measured this session: ${unmeasured.map((o) => o.label).join('; ')}`));
  const delivered = input.interventions.filter((iv) => iv.delivered !== false);
  if (delivered.length) {
    lines.push('Interventions delivered:');
    for (const iv of delivered) {
      const served = iv.objectiveLabels.length ? `, for ${iv.objectiveLabels.map(inSentence).join('; ')}` : '';
      const music = iv.music?.length ? ` — ${iv.music.join('; ')}` : '';
      lines.push(sentence(`• ${iv.name} (${iv.technique.replace(/_/g, ' ')})${served}${music}`));
    }
  }
  const notDelivered = input.interventions.filter((iv) => iv.delivered === false);
  if (notDelivered.length) lines.push(`Planned and not delivered: ${notDelivered.map((iv) => iv.name).join('; ')}.`);
  return lines;
}

export function draftNote(input: DraftInput): NoteSections {
  const objective = objectiveLines(input).join('\n');
  if (input.format === 'DAP') return { data: objective, assessment: '', plan: '' };
  return { subjective: '', objective, assessment: '', plan: '' };
}
