/** Words for the API's keys: the content vocabulary's labels, else the key made readable. */
import {
  GOAL_CATEGORY_LABELS, MUSIC_ELEMENT_LABELS, POPULATION_LABELS, POPULATIONS, SETTING_LABELS, SETTINGS, TECHNIQUE_LABELS,
} from '../../domain/content.js';

export const humanize = (key: string): string => {
  const s = key.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
};

const from = (table: Record<string, string>) => (key: string) => table[key] ?? humanize(key);

export const populationLabel = from(POPULATION_LABELS);
export const settingLabel = from(SETTING_LABELS);
export const techniqueLabel = from(TECHNIQUE_LABELS);
export const elementLabel = from(MUSIC_ELEMENT_LABELS);
export const categoryLabel = from(GOAL_CATEGORY_LABELS);
export const POPULATION_OPTIONS = POPULATIONS.map((p) => [p, POPULATION_LABELS[p]] as const);
export const SETTING_OPTIONS = SETTINGS.map((s) => [s, SETTING_LABELS[s]] as const);

/** The music-preference lists of a client's profile, by their field in musicPreferences. */
export const MUSIC_FIELDS = [['genres', 'Genres'], ['songs', 'Songs'], ['artists', 'Artists'], ['instruments', 'Instruments'], ['dislikes', 'Dislikes and sensitivities']] as const;

export const CLIENT_STATUS_LABEL: Record<string, string> = {
  referred: 'Referred', assessing: 'Assessing', active: 'Active', on_hold: 'On hold', discharged: 'Discharged',
};

export const PROGRESS_LABEL: Record<string, { text: string; icon: string }> = {
  met: { text: 'Criterion met', icon: '★' },
  progressing: { text: 'Progressing', icon: '↗' },
  'not-progressing': { text: 'Not progressing', icon: '→' },
  'insufficient-data': { text: 'Not enough data yet', icon: '…' },
};

export const NOTE_STATUS_LABEL: Record<string, string> = {
  draft: 'Draft', awaiting_cosign: 'Awaiting co-signature', signed: 'Signed',
};

export const ATTENDANCE_LABEL: Record<string, string> = {
  expected: 'Expected', present: 'Present', late: 'Late', left_early: 'Left early', absent: 'Absent', cancelled: 'Cancelled',
};

export const MEASUREMENT_LABEL: Record<string, string> = {
  trials: 'Trials (success / failure)', frequency: 'Frequency (count)', duration: 'Duration (timed)', latency: 'Latency (cue → response)',
  rating: 'Rating scale', prompt_level: 'Prompt level', task_analysis: 'Task analysis (steps)', physiological: 'Physiological readings',
  pre_post: 'Pre/post scale',
};
