/**
 * Note drafting: the objective (or data) section is written from the session's data, never invented.
 * The therapist edits the subjective, assessment and plan before signing.
 */
export type NoteFormat = 'SOAP' | 'DAP';
export type NoteSections = Partial<Record<'subjective' | 'objective' | 'assessment' | 'plan' | 'data', string>>;

export interface DraftInput {
  format: NoteFormat;
  clientName: string;
  session: { localDate: string; durationMinutes: number; type: string; setting: string; attendance: string; groupName?: string | null };
  interventions: { name: string; technique: string; musicElements: { element: string; use: string }[]; objectiveStatements: string[] }[];
  objectives: { statement: string; summaryText: string | null; masteryNote?: string | null }[];
}

const ATTENDANCE_WORDS: Record<string, string> = {
  present: 'attended', expected: 'attended', late: 'arrived late', left_early: 'left early', absent: 'was absent', cancelled: 'session cancelled',
};

function objectiveLines(input: DraftInput): string[] {
  const lines = [
    `${input.clientName} ${ATTENDANCE_WORDS[input.session.attendance] ?? input.session.attendance} a ${input.session.durationMinutes}-minute ${input.session.type.replace('_', '-')} session on ${input.session.localDate}${input.session.groupName ? ` (${input.session.groupName})` : ''}.`,
  ];
  const measured = input.objectives.filter((o) => o.summaryText);
  if (measured.length === 0) lines.push('No data was recorded for the objectives in this session.');
  for (const o of measured) lines.push(`• ${o.statement}: ${o.summaryText}.${o.masteryNote ? ` ${o.masteryNote}` : ''}`);
  const unmeasured = input.objectives.filter((o) => !o.summaryText);
  if (measured.length > 0 && unmeasured.length > 0) lines.push(`Not measured this session: ${unmeasured.map((o) => o.statement).join('; ')}.`);
  if (input.interventions.length) {
    lines.push('Interventions:');
    for (const iv of input.interventions) {
      const elements = iv.musicElements.map((m) => (m.use ? `${m.element} (${m.use})` : m.element)).join(', ');
      lines.push(`• ${iv.name} [${iv.technique.replace(/_/g, ' ')}] using ${elements}; addressing ${iv.objectiveStatements.join('; ') || 'the plan objectives'}.`);
    }
  }
  return lines;
}

export function draftNote(input: DraftInput): NoteSections {
  const objective = objectiveLines(input).join('\n');
  if (input.format === 'DAP') return { data: objective, assessment: '', plan: '' };
  return { subjective: '', objective, assessment: '', plan: '' };
}
