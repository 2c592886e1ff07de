/**
 * The demo practice, as data: who works there, the clients, their plans and the story each
 * objective's data tells. The loader turns this into records through the same services as the app.
 */
import type { MeasurementConfigInput } from '../../domain/measurement.js';

export type Story = 'mastered' | 'progressing' | 'flat' | 'improving-decrease' | 'phase-change';
export type StaffKey = 'therapist1' | 'therapist2' | 'supervisor' | 'intern';

export interface DemoObjective {
  statement: string;
  measurement: MeasurementConfigInput;
  criterion: { comparator: '>=' | '>' | '<=' | '<'; value: number; window: { kind: 'consecutive'; sessions: number } | { kind: 'of-last'; met: number; sessions: number }; minSessions: number };
  direction: 'increase' | 'decrease';
  story: Story;
  /** Value at the start of baseline and the value the story heads toward. */
  from: number;
  to: number;
  interventionKey: string;
}

export interface DemoClient {
  firstName: string;
  lastName: string;
  birthDate: string;
  gestationalAgeWeeks?: number;
  populations: string[];
  setting: string;
  referralReason: string;
  therapist: StaffKey;
  intern?: boolean;
  musicPreferences: { genres: string[]; songs: string[]; artists: string[]; instruments: string[]; dislikes: string[] };
  guardians?: { name: string; relationship: string; phone: string }[];
  goal: { domainKey: string; statement: string };
  objectives: DemoObjective[];
  weeks: number;
}

export const DEMO_ORG = { name: 'Crescendo Demo Practice', timeZone: 'America/Chicago', noteFormat: 'SOAP' as const };

export const DEMO_STAFF: { key: StaffKey | 'admin'; email: string; name: string; roles: string[]; credentials: string }[] = [
  { key: 'admin', email: 'admin@demo.crescendo.test', name: 'Alex Admin', roles: ['admin'], credentials: '' },
  { key: 'supervisor', email: 'supervisor@demo.crescendo.test', name: 'Dr. Renée Park', roles: ['supervisor'], credentials: 'PhD, MT-BC' },
  { key: 'therapist1', email: 'therapist1@demo.crescendo.test', name: 'Jordan Ellis', roles: ['therapist'], credentials: 'MT-BC' },
  { key: 'therapist2', email: 'therapist2@demo.crescendo.test', name: 'Priya Raman', roles: ['therapist'], credentials: 'MT-BC, NMT' },
  { key: 'intern', email: 'intern@demo.crescendo.test', name: 'Sam Ortiz', roles: ['intern'], credentials: 'Music therapy intern' },
];

const c3 = (value: number, comparator: '>=' | '<=' = '>=') => ({ comparator, value, window: { kind: 'consecutive' as const, sessions: 3 }, minSessions: 3 });

export const DEMO_CLIENTS: DemoClient[] = [
  {
    firstName: 'Maya', lastName: 'Lopez', birthDate: '2018-04-11', populations: ['autism'], setting: 'outpatient', therapist: 'therapist1', intern: true,
    referralReason: 'Limited peer interaction and turn taking; strong response to music at home.',
    musicPreferences: { genres: ['pop', 'movie soundtracks'], songs: ['Let It Go', 'Baby Shark'], artists: [], instruments: ['djembe', 'ocean drum'], dislikes: ['sudden loud cymbals'] },
    guardians: [{ name: 'Ana Lopez', relationship: 'mother', phone: '555-0101' }],
    goal: { domainKey: 'social_skills', statement: 'Maya will increase reciprocal social interaction with peers and adults.' },
    weeks: 16,
    objectives: [
      { statement: 'Takes a turn on the drum within 5 s of a visual cue', measurement: { type: 'trials', promptLevels: ['independent', 'gestural', 'verbal', 'model'] }, criterion: c3(80), direction: 'increase', story: 'mastered', from: 30, to: 90, interventionKey: 'turn_taking_drum_circle' },
      { statement: 'Makes eye contact during the greeting song', measurement: { type: 'frequency' }, criterion: c3(6), direction: 'increase', story: 'progressing', from: 1, to: 5, interventionKey: 'hello_song_greeting' },
    ],
  },
  {
    firstName: 'Eli', lastName: 'Brooks', birthDate: '2015-09-30', populations: ['down_syndrome'], setting: 'school', therapist: 'therapist1',
    referralReason: 'IEP team referral for articulation and fine motor goals.',
    musicPreferences: { genres: ['country', 'children\'s songs'], songs: ['Old MacDonald'], artists: ['Dolly Parton'], instruments: ['xylophone', 'guitar'], dislikes: [] },
    goal: { domainKey: 'articulation', statement: 'Eli will improve articulation of target consonants in sung and spoken phrases.' },
    weeks: 14,
    objectives: [
      { statement: 'Sings target /b/ and /m/ words intelligibly', measurement: { type: 'trials' }, criterion: c3(80), direction: 'increase', story: 'flat', from: 45, to: 50, interventionKey: 'articulation_song_drills' },
      { statement: 'Sustains mallet play with a steady beat', measurement: { type: 'duration' }, criterion: c3(120), direction: 'increase', story: 'progressing', from: 30, to: 100, interventionKey: 'therapeutic_instrumental_music_performance' },
    ],
  },
  {
    firstName: 'Ruth', lastName: 'Feldman', birthDate: '1941-02-19', populations: ['dementia'], setting: 'inpatient', therapist: 'therapist2',
    referralReason: 'Afternoon agitation and disorientation on the memory-care unit.',
    musicPreferences: { genres: ['big band', 'hymns'], songs: ['In the Mood', 'Amazing Grace'], artists: ['Glenn Miller', 'Ella Fitzgerald'], instruments: ['piano'], dislikes: ['rock music'] },
    goal: { domainKey: 'agitation', statement: 'Ruth will show fewer agitated behaviours during late-afternoon hours.' },
    weeks: 16,
    objectives: [
      { statement: 'Agitated behaviours during the session (CMAI-style count)', measurement: { type: 'frequency' }, criterion: c3(2, '<='), direction: 'decrease', story: 'improving-decrease', from: 9, to: 1, interventionKey: 'familiar_song_reminiscence' },
      { statement: 'Engagement in reminiscence singing (1–5)', measurement: { type: 'rating', min: 1, max: 5, anchors: [{ value: 1, label: 'No engagement' }, { value: 5, label: 'Sings and shares memories' }] }, criterion: c3(4), direction: 'increase', story: 'phase-change', from: 2, to: 4.5, interventionKey: 'familiar_song_reminiscence' },
    ],
  },
  {
    firstName: 'Marcus', lastName: 'Webb', birthDate: '1989-07-03', populations: ['tbi'], setting: 'rehabilitation', therapist: 'therapist2',
    referralReason: 'Gait asymmetry and reduced sustained attention after traumatic brain injury.',
    musicPreferences: { genres: ['hip hop', 'funk'], songs: ['September'], artists: ['Earth, Wind & Fire'], instruments: ['drum kit'], dislikes: [] },
    goal: { domainKey: 'attention', statement: 'Marcus will improve sustained attention to a structured task.' },
    weeks: 12,
    objectives: [
      { statement: 'Sustains attention to a rhythmic pattern task', measurement: { type: 'duration' }, criterion: c3(300), direction: 'increase', story: 'mastered', from: 90, to: 340, interventionKey: 'musical_attention_control_training' },
    ],
  },
  {
    firstName: 'Grace', lastName: 'Kim', birthDate: '1956-12-01', populations: ['hospice'], setting: 'hospice_home', therapist: 'therapist1',
    referralReason: 'Pain and anxiety; family requests legacy work.',
    musicPreferences: { genres: ['gospel', 'Korean folk'], songs: ['Arirang', 'How Great Thou Art'], artists: [], instruments: ['voice'], dislikes: [] },
    goal: { domainKey: 'pain', statement: 'Grace will report reduced pain during and after music therapy.' },
    weeks: 8,
    objectives: [
      { statement: 'Self-reported pain (0–10 NRS) from before to after the session', measurement: { type: 'pre_post', scaleName: 'Pain NRS', min: 0, max: 10 }, criterion: c3(-2, '<='), direction: 'decrease', story: 'improving-decrease', from: 0, to: -3, interventionKey: 'music_assisted_relaxation' },
    ],
  },
];
