/**
 * The practice's settings that clinical rules read: the note format and the sections it cannot be
 * signed without, the late-entry window, the wording of the IEP progress codes, the NICU live-music
 * minimum. One rule here: a required section must be one the therapist writes in that format.
 */
import { WRITTEN_SECTIONS, type NoteFormatName } from './session-facts.js';

export interface SettingsFault { path: string; message: string }

/** Every required section must be written in the chosen format (the data section is drafted from capture). */
export function settingsFaults(s: { noteFormat: NoteFormatName; requiredNoteSections: readonly string[] }): SettingsFault[] {
  const written = WRITTEN_SECTIONS[s.noteFormat];
  return s.requiredNoteSections.flatMap((k, i) =>
    written.includes(k) ? [] : [{ path: `body.requiredNoteSections.${i}`, message: `${k} is not a written section of a ${s.noteFormat} note (${written.join(', ')})` }],
  );
}
