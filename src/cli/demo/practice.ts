/**
 * The demo practice, as data: who works there, the clients (one or more for every population the
 * product serves), their intake assessments, their plans built from the shipped goal bank and
 * intervention library, their weekly schedules, and the story each objective's data tells. The
 * loader (load.ts) turns this into records through the same services as the app.
 */
import type { EligibilityCategory } from '../../domain/iep-record.js';
import type { Story } from './stories.js';
import type { Precaution } from '../../domain/precautions.js';

export type StaffKey = 'therapist1' | 'therapist2' | 'supervisor' | 'intern';
export type Responses = Record<string, number | string | boolean | null>;

export interface DemoObjective {
  /** An objective template of the shipped goal bank: its text, behaviour, condition, measurement and criterion. */
  template: string;
  /** A few words for the note narrative, e.g. "turn taking". */
  short: string;
  story: Story;
  /** The session summary at baseline, and where the story heads (in the summary's unit). */
  from: number;
  to: number;
  /** The shipped intervention linked in the plan and delivered for this objective. */
  intervention: string;
  /** phase-change: a new intervention replaces the first one at this fraction of the objective's sessions. */
  change?: { intervention: string; at: number; label: string; note: string };
  /** An objective added late in the record: it starts this many sessions before the end. */
  startsLast?: number;
  /** The intake item the baseline cites, when it is not the one that suggested the goal's domain (the objective's own behaviour). */
  intakeItem?: string;
  /** Observation time for a percent-of-observed-time objective (default 10 minutes). */
  observeMinutes?: number;
  /**
   * RAS: every entry is walked to a metronome cue, stored as its cue tempo: the client's uncued cadence
   * that session (the story of the objective with this template) in baseline, raised by `percent` in
   * the intervention phase (the library's ras_gait_training procedure: raised in steps of about 5–10 %, after Thaut et al. 1997).
   */
  cue?: { of: string; percent: number };
}

export interface DemoGoal {
  domain: string;
  statement: string;
  objectives: DemoObjective[];
}

export interface Schedule {
  weeks: number;
  /** 0 = Monday … 4 = Friday. */
  weekday: number;
  /** Local time in the organization's time zone. */
  time: string;
  minutes: number;
  location: string;
}

export interface DemoClient {
  key: string;
  firstName: string;
  lastName: string;
  preferredName?: string;
  birthDate?: string;
  /** NICU: born this many days before the first session, at this gestational age. */
  bornDaysBeforeStart?: number;
  gestationalAge?: { weeks: number; days: number };
  populations: string[];
  diagnoses: { label: string; code: string }[];
  setting: string;
  referral: { source: string; reason: string };
  therapist: StaffKey;
  /** The intern documents this client's last sessions under supervision. */
  intern?: boolean;
  musicPreferences: { genres: string[]; songs: string[]; artists: string[]; instruments: string[]; dislikes: string[]; notes?: string };
  guardians?: { name: string; relationship: string; phone: string; email?: string }[];
  /** Precautions and contraindications on the chart (domain/precautions.ts); `precautions` is the plan's. */
  chartPrecautions?: Precaution[];
  /** The intake assessment on a shipped template, answered so that it yields suggested goals. */
  assessment: { template: string; responses: Responses; observations: string; strengths: string; needs: string };
  goals: DemoGoal[];
  /** Individual weekly sessions; a client seen only in a group has none. */
  schedule?: Schedule;
  /** Session index → why the client did not attend. */
  absences?: Record<number, string>;
  /** The last session's note is left as a draft. */
  draftLast?: boolean;
  /** Care ended after the last session (Grace died at home; Leo went home from the NICU): the status is recorded as discharged. */
  discharged?: boolean;
  /** A student's IEP on file: what it says; its dates are set from the first session (load.ts). */
  iep?: { eligibility: EligibilityCategory; serviceMinutes: number; servicePer: 'week' | 'month'; serviceSetting: string; caseManager: string };
  /** What the client or family said, for the S of the SOAP notes (cycled). */
  subjective: string[];
  /** Precautions the treatment plan states (from the referral and intake). */
  precautions?: string[];
  /**
   * The plan is signed as a document after the last session, and the guardian acknowledges that
   * version the same day: who, and how (load.ts).
   */
  signedPlan?: { acknowledgedBy: { name: string; relationship: string }; method: 'in_person' | 'electronic' | 'verbal'; note: string };
}

export interface DemoGroup {
  key: string;
  name: string;
  therapist: StaffKey;
  setting: string;
  members: string[];
  schedule: Schedule;
  absences: Record<string, Record<number, string>>;
  draftLast?: boolean;
  /** The group's purpose, as the therapist writes it on every group note. */
  purpose: string;
}

/**
 * The demo practice. Its NICU offers live music from 32 weeks PMA, voice only before: a unit policy
 * chosen for the demo to show the setting at work, not a published threshold.
 */
export const DEMO_ORG = { name: 'Crescendo Demo Practice', timeZone: 'America/Chicago', noteFormat: 'SOAP' as const, nicuLiveMusicMinPmaWeeks: 32 };

export const DEMO_STAFF: { key: StaffKey | 'admin'; email: string; name: string; roles: string[]; credentials: string }[] = [
  { key: 'admin', email: 'admin@demo.crescendo.test', name: 'Alex Admin', roles: ['admin'], credentials: '' },
  { key: 'supervisor', email: 'supervisor@demo.crescendo.test', name: 'Dr. Renée Park', roles: ['supervisor'], credentials: 'PhD, MT-BC' },
  { key: 'therapist1', email: 'therapist1@demo.crescendo.test', name: 'Jordan Ellis', roles: ['therapist'], credentials: 'MT-BC' },
  { key: 'therapist2', email: 'therapist2@demo.crescendo.test', name: 'Priya Raman', roles: ['therapist'], credentials: 'MT-BC, NMT' },
  { key: 'intern', email: 'intern@demo.crescendo.test', name: 'Sam Ortiz', roles: ['intern'], credentials: 'Music therapy intern' },
];

/** Who supervises whom. */
export const DEMO_SUPERVISION: [StaffKey, StaffKey][] = [
  ['supervisor', 'therapist1'],
  ['supervisor', 'therapist2'],
  ['supervisor', 'intern'],
];

const noPrefs = { genres: [], songs: [], artists: [], instruments: [], dislikes: [] };

export const DEMO_CLIENTS: DemoClient[] = [
  {
    key: 'maya', firstName: 'Maya', lastName: 'Lopez', birthDate: '2018-04-11', populations: ['autism'], setting: 'outpatient', therapist: 'therapist1', intern: true,
    diagnoses: [{ label: 'Autism spectrum disorder, level 2', code: 'F84.0' }],
    referral: { source: 'Developmental paediatrician', reason: 'Limited peer interaction and turn taking; difficult transitions; strong response to music at home.' },
    musicPreferences: { genres: ['pop', 'movie soundtracks'], songs: ['Let It Go', 'Baby Shark'], artists: [], instruments: ['djembe', 'ocean drum'], dislikes: ['sudden loud cymbals'], notes: 'Covers her ears at unexpected loud sounds; warn before the cymbal.' },
    chartPrecautions: [{ kind: 'sound_sensitivity', note: 'Covers her ears at unexpected loud sounds: warn before loud instruments; ear defenders in her bag.' }],
    guardians: [{ name: 'Ana Lopez', relationship: 'mother', phone: '555-0101' }],
    assessment: {
      template: 'intake_imtap',
      responses: {
        referral_reason: 'Peer interaction, turn taking, transitions', strengths: 'Keeps a steady beat; sings whole choruses from films', sensory_notes: 'Sensitive to sudden loud sounds',
        social_eye_contact: 1, social_turn_taking: 1, social_engages_others: 2, social_initiates: 1, social_group: 1,
        emotional_identifies: 2, emotional_expresses: 2, emotional_creative: 2, emotional_regulates: 1, emotional_present: 2,
        cognitive_sustained_attention: 2, cognitive_switching: 2, cognitive_memory: 3, cognitive_inhibition: 2,
        motor_fine_grasp: 3, motor_gross_movement: 3, communication_expressive: 2, communication_articulation: 3,
        music_keeps_beat: 4, music_sings: 4, music_responsiveness: 5, summary_recommendation: 'Accept for individual music therapy',
      },
      observations: 'Played the djembe readily; took turns only with hand-over-hand modelling; needed 3 minutes and a sung cue to settle after the transition from the waiting room.',
      strengths: 'Strong rhythmic sense, sings favourite film songs, motivated by the ocean drum.',
      needs: 'Reciprocal play, turn taking, regulation across transitions.',
    },
    goals: [
      {
        domain: 'social_skills', statement: 'Maya will increase reciprocal social interaction with peers and adults during shared music-making.',
        objectives: [
          { template: 'social_turn_taking_drum', short: 'turn taking on the drum', story: 'mastered', from: 30, to: 90, intervention: 'turn_taking_drum_game', intakeItem: 'social_turn_taking' },
          { template: 'social_one_on_one_reciprocal_play', short: 'reciprocal play', story: 'progressing', from: 15, to: 45, intervention: 'child_led_improvisation', intakeItem: 'social_engages_others' },
        ],
      },
      {
        domain: 'initiation_of_social_contact', statement: 'Maya will start musical exchanges with others.',
        objectives: [{ template: 'initiation_musical_turn_prompt', short: 'starting a musical exchange', story: 'progressing', from: 0.8, to: 1.2, intervention: 'hello_song_greeting_routine', startsLast: 2 }],
      },
      {
        domain: 'self_regulation', statement: 'Maya will regulate herself across transitions with musical support.',
        objectives: [{ template: 'selfreg_return_to_calm_latency', short: 'return to calm after transitions', story: 'improving-decrease', from: 190, to: 78, intervention: 'rhythmic_cueing_routine_steps' }],
      },
    ],
    schedule: { weeks: 16, weekday: 1, time: '10:00', minutes: 45, location: 'Outpatient clinic, music room 2' },
    absences: { 6: 'Family travel; session cancelled by parent' },
    subjective: ['Mother reports Maya hummed the hello song at breakfast all week.', 'Maya arrived tired after a school assembly; mother says she slept poorly.', 'Mother reports Maya asked to play "the drum game" with her brother.', 'Maya greeted the therapist at the door and chose the ocean drum.'],
    precautions: ['Covers her ears at sudden loud sounds: tell her before the cymbal is played.'],
    signedPlan: { acknowledgedBy: { name: 'Ana Lopez', relationship: 'mother' }, method: 'in_person', note: 'Reviewed with her after the session; she signed on the clinic tablet.' },
  },
  {
    key: 'eli', firstName: 'Eli', lastName: 'Brooks', birthDate: '2015-09-30', populations: ['down_syndrome'], setting: 'school', therapist: 'therapist1', draftLast: true,
    diagnoses: [{ label: 'Down syndrome', code: 'Q90.9' }],
    referral: { source: 'IEP team, Lincoln Elementary', reason: 'Articulation of target consonants and fine-motor goals on the IEP.' },
    musicPreferences: { genres: ['country', "children's songs"], songs: ['Old MacDonald', 'Jolene'], artists: ['Dolly Parton'], instruments: ['xylophone', 'guitar'], dislikes: [] },
    guardians: [{ name: 'Karen Brooks', relationship: 'mother', phone: '555-0144' }],
    assessment: {
      template: 'intake_imtap',
      responses: {
        social_eye_contact: 3, social_turn_taking: 3, social_engages_others: 3, social_group: 2,
        emotional_identifies: 2, emotional_regulates: 3, cognitive_sustained_attention: 2, cognitive_academic: 2,
        motor_fine_grasp: 2, motor_fine_isolation: 1, motor_gross_movement: 2, communication_articulation: 1, communication_expressive: 2, communication_breath: 2,
        music_keeps_beat: 3, music_sings: 3, music_responsiveness: 5, summary_recommendation: 'Accept for individual music therapy',
      },
      observations: 'Sang along to every familiar song; final consonants /b/, /m/ and /p/ were often dropped; used a whole-hand grasp on the mallet.',
      strengths: 'Sociable, loves to perform, sings with a clear melody.',
      needs: 'Articulation of target consonants; isolated finger movements.',
    },
    goals: [
      {
        domain: 'articulation', statement: 'Eli will improve articulation of target consonants in sung and spoken phrases.',
        objectives: [{ template: 'articulation_target_sound_in_song', short: 'target consonants in song', story: 'flat', from: 45, to: 45, intervention: 'literacy_songs' }],
      },
      {
        domain: 'fine_motor', statement: 'Eli will improve isolated finger control for classroom tasks.',
        objectives: [{ template: 'fine_motor_keyboard_task_steps', short: 'the adapted keyboard task', story: 'progressing', from: 20, to: 58, intervention: 'timp_keyboard_finger_sequencing' }],
      },
    ],
    schedule: { weeks: 14, weekday: 2, time: '13:00', minutes: 30, location: 'Lincoln Elementary, resource room' },
    absences: { 5: 'Absent from school (illness)' },
    iep: { eligibility: 'intellectual-disability', serviceMinutes: 30, servicePer: 'week', serviceSetting: 'pull-out, resource room', caseManager: 'Laura Chen, special education teacher' },
    subjective: ['Teacher reports Eli sang the days-of-the-week song to the class.', 'Eli said "I want the big drum" on arrival.', 'Classroom aide reports Eli is using his pointer finger on the tablet more often.'],
  },
  {
    key: 'jaden', firstName: 'Jaden', lastName: 'Carter', birthDate: '2010-06-14', populations: ['developmental_delay'], setting: 'school', therapist: 'therapist2',
    diagnoses: [{ label: 'Global developmental delay', code: 'F88' }],
    referral: { source: 'High-school special education team', reason: 'Attention, impulse control and flexibility in class; engages best with music.' },
    musicPreferences: { genres: ['hip hop', 'video-game music'], songs: ['Old Town Road'], artists: ['Lil Nas X'], instruments: ['drum pad', 'keyboard'], dislikes: ['slow ballads'] },
    guardians: [{ name: 'Denise Carter', relationship: 'grandmother', phone: '555-0177' }],
    assessment: {
      template: 'intake_imtap',
      responses: {
        social_eye_contact: 2, social_turn_taking: 2, social_engages_others: 2, social_group: 2,
        emotional_identifies: 2, emotional_regulates: 2, cognitive_sustained_attention: 1, cognitive_switching: 1, cognitive_memory: 2,
        cognitive_flexibility: 1, cognitive_inhibition: 1, cognitive_choices: 2, cognitive_novel_ideas: 2,
        motor_fine_grasp: 3, motor_gross_movement: 3, communication_expressive: 2,
        music_keeps_beat: 4, music_responsiveness: 4, summary_recommendation: 'Accept for individual music therapy',
      },
      observations: 'Played over the therapist\'s solos 8 times in 30 minutes; needed verbal and model prompts to respond to the target cue; kept playing the old rule after each rule change.',
      strengths: 'Excellent groove on the drum pad; enjoys creating beats.',
      needs: 'Selective attention, waiting, cognitive flexibility.',
    },
    goals: [
      {
        domain: 'attention', statement: 'Jaden will attend selectively to relevant cues during structured tasks.',
        objectives: [{ template: 'attention_selective_target_word', short: 'responding to the target cue', story: 'progressing', from: 1.6, to: 4.0, intervention: 'mact_alternating_attention' }],
      },
      {
        domain: 'inhibition', statement: 'Jaden will wait and hold back impulsive playing during shared music.',
        objectives: [{ template: 'inhibition_out_of_turn_playing', short: 'playing out of turn', story: 'improving-decrease', from: 8, to: 1, intervention: 'turn_taking_drum_game' }],
      },
      {
        domain: 'executive_functioning', statement: 'Jaden will adapt when the rules of a task change.',
        objectives: [{
          template: 'ef_rule_change_flexibility', short: 'following a changed rule', story: 'phase-change', from: 35, to: 72, intervention: 'melodic_mnemonic_sequencing',
          change: { intervention: 'meft_group_improvisation_planning', at: 0.5, label: 'MEFT improvisation planning', note: 'No change with melodic mnemonics after 7 sessions; switched to musical executive function training.' },
        }],
      },
    ],
    schedule: { weeks: 20, weekday: 3, time: '14:00', minutes: 40, location: 'Roosevelt High School, band room' },
    subjective: ['Jaden says he made a new beat on his phone at home.', 'Teacher reports a hard morning: two office referrals.', 'Jaden asked to start with the drum pad.', 'Grandmother reports Jaden is waiting his turn more at family game night.'],
  },
  {
    key: 'dana', firstName: 'Dana', lastName: 'Whitfield', birthDate: '1991-03-08', populations: ['mental_health'], setting: 'outpatient', therapist: 'therapist2', draftLast: true,
    diagnoses: [{ label: 'Generalized anxiety disorder', code: 'F41.1' }, { label: 'Major depressive disorder, recurrent, moderate', code: 'F33.1' }],
    referral: { source: 'Outpatient psychiatry', reason: 'Anxiety and low mood; interested in music-based coping strategies.' },
    musicPreferences: { genres: ['indie folk', 'soul'], songs: ['Holocene', 'Lovely Day'], artists: ['Bon Iver', 'Bill Withers'], instruments: ['guitar', 'voice'], dislikes: ['heavy metal'], notes: 'Avoid songs linked to a past relationship (listed in the chart).' },
    assessment: {
      template: 'mental_health_assessment',
      responses: {
        mood_self_rating: 3, anxiety_self_rating: 7, stress_self_rating: 8,
        presenting_concerns: 'Daily worry, poor sleep, withdrawal from friends.', current_coping: 'Listens to sad music on repeat; scrolling.',
        safety_concern: false, group_suitability: 'Individual sessions',
        mh_identifies_emotions: 2, mh_explores_emotions: 1, mh_uses_coping: 0, mh_group_engagement: 2, mh_decisions: 2, mh_present: 1,
      },
      observations: 'Guarded at first; opened up during lyric discussion of "Lovely Day"; reported anxiety 7/10 before and 6/10 after the session.',
      strengths: 'Plays guitar; insightful about lyrics.',
      needs: 'Coping strategies for anxiety; mood; grounding in the present.',
    },
    goals: [
      {
        domain: 'anxiety', statement: 'Dana will reduce anxiety using music-based strategies.',
        objectives: [{ template: 'anxiety_self_rating_pre_post', short: 'anxiety from before to after the session', story: 'improving-decrease', from: -0.3, to: -3.2, intervention: 'music_grounding' }],
      },
      {
        domain: 'mood', statement: 'Dana will show a more positive mood during and after sessions.',
        objectives: [{ template: 'mood_observed_affect_rating', short: 'observed affect', story: 'progressing', from: 2.2, to: 3.4, intervention: 'song_choice_check_in' }],
      },
      {
        domain: 'coping', statement: 'Dana will build and use a personal repertoire of music-based coping strategies.',
        objectives: [{ template: 'coping_playlist_steps', short: 'building and using a coping playlist', story: 'mastered', from: 17, to: 100, intervention: 'coping_playlist' }],
      },
    ],
    schedule: { weeks: 24, weekday: 0, time: '17:00', minutes: 50, location: 'Outpatient clinic, music room 1' },
    absences: { 7: 'No-show; call returned next day', 15: 'Cancelled: work schedule' },
    subjective: ['Dana reports a stressful week at work and 5 hours of sleep a night.', 'Dana says she used the playlist on the bus twice.', 'Dana reports she called a friend for the first time in months.', 'Dana rates her week "a 6 out of 10".'],
  },
  {
    key: 'marcus', firstName: 'Marcus', lastName: 'Webb', birthDate: '1989-07-03', populations: ['tbi'], setting: 'rehabilitation', therapist: 'therapist2',
    diagnoses: [{ label: 'Traumatic brain injury (motor-vehicle collision), 5 months post', code: 'S06.2X9S' }],
    referral: { source: 'Inpatient rehabilitation team', reason: 'Reduced sustained attention and expressive speech after traumatic brain injury.' },
    musicPreferences: { genres: ['hip hop', 'funk'], songs: ['September'], artists: ['Earth, Wind & Fire'], instruments: ['drum kit'], dislikes: [] },
    guardians: [{ name: 'Tanya Webb', relationship: 'wife', phone: '555-0190' }],
    assessment: {
      template: 'intake_imtap',
      responses: {
        social_engages_others: 3, emotional_regulates: 2, emotional_present: 2, cognitive_sustained_attention: 1, cognitive_switching: 1, cognitive_memory: 2, cognitive_flexibility: 2,
        motor_fine_grasp: 3, motor_gross_movement: 2, motor_gait: 2, communication_expressive: 1, communication_articulation: 2, communication_breath: 2,
        music_keeps_beat: 4, music_responsiveness: 5, summary_recommendation: 'Accept for individual music therapy',
      },
      observations: 'Lost the rhythmic pattern after about 60 s without redirection; word-finding pauses in conversation; sang familiar lyrics more fluently than he spoke.',
      strengths: 'Former drummer; highly motivated by funk grooves.',
      needs: 'Sustained attention; expressive speech.',
    },
    goals: [
      {
        domain: 'attention', statement: 'Marcus will improve sustained attention to structured tasks.',
        objectives: [{ template: 'attention_sustained_music_task', short: 'sustained attention', story: 'mastered', from: 60, to: 215, intervention: 'mact_alternating_attention' }],
      },
      {
        domain: 'speech_language', statement: 'Marcus will improve functional expressive speech.',
        objectives: [{ template: 'speech_mit_target_phrase', short: 'target phrases with melodic intonation', story: 'flat', from: 32, to: 32, intervention: 'melodic_intonation_phrases' }],
      },
    ],
    schedule: { weeks: 16, weekday: 1, time: '11:30', minutes: 45, location: 'Rehabilitation centre, therapy gym' },
    subjective: ['Marcus reports headaches are less frequent.', 'Wife reports Marcus drummed along to the radio for a whole song.', 'Marcus says "the words get stuck" when he is tired.'],
  },
  {
    key: 'harold', firstName: 'Harold', lastName: 'Jensen', birthDate: '1955-11-22', populations: ['physical_rehab'], setting: 'rehabilitation', therapist: 'therapist2',
    diagnoses: [{ label: "Parkinson's disease without dyskinesia, without mention of fluctuations (Hoehn and Yahr stage 2)", code: 'G20.A1' }],
    referral: { source: 'Physiotherapy', reason: 'Shuffling gait, slow cadence and falls risk; referred for rhythmic auditory stimulation.' },
    musicPreferences: { genres: ['classic rock', 'marches'], songs: ['Stars and Stripes Forever', 'Johnny B. Goode'], artists: ['Chuck Berry', 'John Philip Sousa'], instruments: ['trumpet'], dislikes: [] },
    guardians: [{ name: 'Linda Jensen', relationship: 'wife', phone: '555-0133' }],
    chartPrecautions: [{ kind: 'fall_risk', note: 'Two falls at home this year; walks with a gait belt and the physiotherapist’s standby in sessions.' }],
    assessment: {
      template: 'intake_imtap',
      responses: {
        social_engages_others: 3, emotional_regulates: 3, cognitive_sustained_attention: 3, cognitive_switching: 2,
        motor_fine_grasp: 2, motor_fine_isolation: 2, motor_gross_movement: 2, motor_gait: 1, communication_breath: 2,
        music_keeps_beat: 4, music_responsiveness: 4, summary_recommendation: 'Accept for individual music therapy',
      },
      observations: 'Uncued cadence 82 steps/min with short shuffling steps; with a metronome at 100 bpm he entrained within 20 s and lengthened his stride; 10-metre walk in 19 s.',
      strengths: 'Played trumpet in a marching band; entrains readily to a strong beat.',
      needs: 'Gait cadence and speed; confidence walking outdoors.',
    },
    goals: [
      {
        domain: 'gait_mobility', statement: 'Harold will walk with a faster, steadier gait in the community.',
        objectives: [
          { template: 'gait_uncued_cadence', short: 'uncued cadence', story: 'progressing', from: 82, to: 95, intervention: 'ras_gait_training' },
          { template: 'gait_ten_metre_walk_time', short: '10-metre walk time', story: 'improving-decrease', from: 19, to: 14, intervention: 'ras_gait_training' },
          { template: 'gait_cued_cadence', short: 'cadence with the cue', story: 'progressing', from: 83, to: 99, intervention: 'ras_gait_training', cue: { of: 'gait_uncued_cadence', percent: 5 } },
        ],
      },
    ],
    schedule: { weeks: 14, weekday: 4, time: '09:30', minutes: 45, location: 'Rehabilitation centre, therapy gym' },
    subjective: ['Harold reports he walked to the mailbox humming a Sousa march.', 'Wife reports one near-fall at home on Tuesday.', 'Harold says his legs feel "freer" after sessions.'],
  },
  {
    key: 'ruth', firstName: 'Ruth', lastName: 'Feldman', birthDate: '1941-02-19', populations: ['dementia'], setting: 'inpatient', therapist: 'therapist2', draftLast: true,
    diagnoses: [{ label: "Alzheimer's disease with late onset", code: 'G30.1' }, { label: 'Dementia in other diseases classified elsewhere, moderate, with agitation', code: 'F02.B11' }],
    referral: { source: 'Memory-care unit nurse manager', reason: 'Afternoon agitation and disorientation on the memory-care unit.' },
    musicPreferences: { genres: ['big band', 'hymns'], songs: ['In the Mood', 'Amazing Grace', 'Moonlight Serenade'], artists: ['Glenn Miller', 'Ella Fitzgerald'], instruments: ['piano'], dislikes: ['rock music'], notes: 'Danced to big band music with her late husband; hymns from her church choir.' },
    guardians: [{ name: 'David Feldman', relationship: 'son (health-care proxy)', phone: '555-0122' }],
    assessment: {
      template: 'dementia_assessment',
      responses: {
        oriented_person: true, oriented_place: false, oriented_time: false, cognitive_screen: 14, responds_to_name_song: 2,
        agitation_level: 4, agitation_triggers: 'Late afternoon; care tasks; noise at shift change.', calming_strategies: 'Big band music; holding hands; hymns.',
        midas_interest: 6, midas_response: 5, midas_initiation: 2, midas_involvement: 4, midas_enjoyment: 7,
        sings_familiar_songs: 2, shares_memories: 1, joins_group: 1, initiates_contact: 0,
      },
      observations: 'Paced and called out 9 times in 30 minutes; settled and tapped her foot to "In the Mood"; sang the chorus of "Amazing Grace" once started.',
      strengths: 'Long-term musical memory; responds to familiar melodies.',
      needs: 'Agitation in the late afternoon; engagement and reminiscence.',
    },
    goals: [
      {
        domain: 'agitation', statement: 'Ruth will show fewer agitated behaviours during late-afternoon hours.',
        objectives: [{ template: 'agitation_behaviour_count', short: 'agitated behaviours', story: 'improving-decrease', from: 9, to: 1.2, intervention: 'individualized_music_agitation' }],
      },
      {
        domain: 'engagement_with_others', statement: 'Ruth will engage with others through shared music.',
        objectives: [{
          template: 'engagement_rating_shared_music', short: 'engagement in shared music', story: 'phase-change', from: 2.2, to: 4.4, intervention: 'dementia_seated_movement',
          change: { intervention: 'dementia_reminiscence_songs', at: 0.5, label: 'Reminiscence with big band repertoire', note: 'Seated movement did not engage her; switched to reminiscence with her own big band and hymn repertoire.' },
        }],
      },
      {
        domain: 'memory_reminiscence', statement: 'Ruth will access long-term memories through familiar songs.',
        objectives: [{ template: 'reminiscence_sing_along_latency', short: 'joining in with familiar melodies', story: 'progressing', from: 15, to: 8, intervention: 'dementia_reminiscence_songs' }],
      },
    ],
    schedule: { weeks: 16, weekday: 2, time: '15:30', minutes: 30, location: 'Memory-care unit, day room' },
    absences: { 9: 'In hospital for a urinary tract infection' },
    subjective: ['Nursing staff report a calmer evening after last session.', 'Ruth asked "Is Harry coming?" (late husband) on arrival.', 'Son reports Ruth sang "Amazing Grace" on the phone with him.'],
  },
  {
    key: 'grace', firstName: 'Grace', lastName: 'Kim', birthDate: '1956-12-01', populations: ['hospice'], setting: 'hospice_home', therapist: 'therapist1', discharged: true,
    diagnoses: [{ label: 'Metastatic pancreatic cancer', code: 'C25.9' }],
    referral: { source: 'Hospice interdisciplinary team', reason: 'Pain and anxiety; family requests legacy work.' },
    musicPreferences: { genres: ['gospel', 'Korean folk'], songs: ['Arirang', 'How Great Thou Art'], artists: [], instruments: ['voice', 'piano'], dislikes: [] },
    guardians: [{ name: 'Daniel Kim', relationship: 'son', phone: '555-0155' }],
    assessment: {
      template: 'hospice_assessment',
      responses: {
        pain_nrs: 6, anxiety: 6, shortness_of_breath: 3, comfort_observed: 2,
        physical_needs: 'Abdominal pain; restlessness in the evening.', emotional_needs: 'Fear of being a burden.', social_needs: 'Wants to leave something for her grandchildren.', spiritual_needs: 'Faith is central; misses her church choir.',
        engages_life_review: 1, relaxes_with_music: 2, uses_music_to_cope: 1,
        family_present: true, family_members: 'Son Daniel and granddaughter Hana', communication_ability: 'Verbal', goals_of_care: 'Comfort at home; a song for the grandchildren.',
      },
      observations: 'Pain 6/10 before and 4/10 after a sung "How Great Thou Art" with guided breathing; tearful and smiling when her granddaughter joined in "Arirang".',
      strengths: 'Strong faith; loves to sing; close family.',
      needs: 'Pain and anxiety; comfort; legacy.',
    },
    goals: [
      {
        domain: 'pain', statement: 'Grace will report reduced pain during and after music therapy.',
        objectives: [{ template: 'pain_nrs_pre_post', short: 'pain from before to after the session', story: 'improving-decrease', from: -0.8, to: -3.2, intervention: 'hospice_comfort_relaxation' }],
      },
      {
        domain: 'comfort_quality_of_life', statement: 'Grace will experience comfort and connection with her family through music.',
        objectives: [{ template: 'comfort_observed_rating', short: 'observed comfort', story: 'progressing', from: 2.2, to: 3.5, intervention: 'hospice_family_bedside_singing' }],
      },
      {
        // Legacy work measured by what Grace shares, not by how much of a project she completes unaided.
        domain: 'spiritual_legacy', statement: 'Grace will review her life and share what she wants to leave her grandchildren, through song.',
        objectives: [{ template: 'legacy_meaning_statements', short: 'statements of meaning and legacy', story: 'progressing', from: 0.6, to: 2.6, intervention: 'legacy_song_and_heartbeat' }],
      },
    ],
    schedule: { weeks: 13, weekday: 3, time: '15:00', minutes: 45, location: 'Home visit' },
    absences: { 6: 'Too fatigued; visit shortened to a check-in by phone' },
    subjective: ['Grace reports pain 6/10 this morning, eased by her medication.', 'Son reports she has been humming "Arirang" in the evenings.', 'Grace says "I want Hana to hear my voice when I am gone."'],
  },
  {
    key: 'leo', firstName: 'Leo', lastName: 'Nguyen', bornDaysBeforeStart: 12, gestationalAge: { weeks: 28, days: 3 }, populations: ['nicu'], setting: 'nicu', therapist: 'therapist1', discharged: true,
    diagnoses: [{ label: 'Preterm newborn, gestational age 28 completed weeks', code: 'P07.31' }, { label: 'Respiratory distress syndrome of newborn', code: 'P22.0' }],
    referral: { source: 'NICU neonatologist', reason: 'Physiological stabilisation and feeding readiness (non-nutritive suck).' },
    musicPreferences: { ...noPrefs, songs: ['Ru Con (Vietnamese lullaby)', 'Twinkle, Twinkle, Little Star'], notes: 'Parents sing a Vietnamese lullaby from their childhood.' },
    guardians: [{ name: 'Linh Nguyen', relationship: 'mother', phone: '555-0166' }, { name: 'Minh Nguyen', relationship: 'father', phone: '555-0167' }],
    assessment: {
      template: 'nicu_assessment',
      responses: {
        gestational_age_birth: 28, postmenstrual_age: 29, weight: 1180, respiratory_support: 'Nasal cannula', bed: 'Closed incubator', medical_clearance: true,
        heart_rate: 166, spo2: 93, respiratory_rate: 58, behavioural_state: 5, stress_cues: 'Finger splay and gaze aversion with handling; settles with containment.',
        nips_score: 2, nns_present: true, feeding_method: 'Gavage', nns_with_music: 1, settles_with_music: 1,
        parent_present: true, parent_songs: 'Ru Con (Vietnamese lullaby)', parent_stress: 7, ambient_sound: 58,
      },
      observations: 'Heart rate 166 before and 163 after a 10-minute entrained lullaby; brief non-nutritive sucking on the pacifier with the lullaby.',
      strengths: 'Parents present daily and keen to sing.',
      needs: 'Physiological stability with stimulation; non-nutritive suck for feeding readiness.',
    },
    goals: [
      {
        domain: 'physiological_stability', statement: 'Leo will show physiological stability during and after music.',
        objectives: [{ template: 'nicu_heart_rate_pre_post', short: 'heart rate from before to after the lullaby', story: 'improving-decrease', from: -1, to: -9, intervention: 'nicu_entrained_live_lullaby' }],
      },
      {
        domain: 'feeding_oral_motor', statement: 'Leo will develop a sustained non-nutritive suck toward oral feeding.',
        // Measured from 34+1 weeks PMA (PAL is offered from 34 weeks: Standley, 2003; Standley et al., 2010): baseline, then PAL from 37+1.
        objectives: [{ template: 'feeding_pal_suck_time', short: 'non-nutritive sucking with the pacifier-activated lullaby', story: 'progressing', from: 10, to: 40, intervention: 'pacifier_activated_lullaby', observeMinutes: 15, startsLast: 9 }],
      },
    ],
    schedule: { weeks: 13, weekday: 0, time: '14:00', minutes: 30, location: 'NICU, pod B, bed 12' },
    subjective: ['Mother reports Leo had a stable night with no bradycardias.', 'Nurse reports Leo tolerated his last gavage feed well.', 'Father sang the lullaby with the therapist today.'],
  },
  // The Friendship Band: a school social-skills group, seen only in the weekly group session.
  {
    key: 'ava', firstName: 'Ava', lastName: 'Thompson', birthDate: '2016-08-19', populations: ['school', 'autism'], setting: 'school', therapist: 'therapist1',
    diagnoses: [{ label: 'Autism spectrum disorder, level 1', code: 'F84.0' }],
    referral: { source: 'IEP team, Lincoln Elementary', reason: 'Group participation and responding to peers (IEP social goals).' },
    musicPreferences: { ...noPrefs, genres: ['pop'], songs: ['Shake It Off'], instruments: ['boomwhackers'] },
    assessment: {
      template: 'intake_imtap',
      responses: { social_eye_contact: 2, social_turn_taking: 2, social_engages_others: 1, social_initiates: 1, social_group: 1, emotional_identifies: 2, cognitive_sustained_attention: 2, music_responsiveness: 4 },
      observations: 'Followed start and stop cues with peers in 4 of 10 cues; responded to one peer bid in 30 minutes.', strengths: 'Precise rhythm; loves boomwhackers.', needs: 'Group participation; responding to peers.',
    },
    goals: [
      { domain: 'structured_group_engagement', statement: 'Ava will participate in structured group activities with peers.', objectives: [{ template: 'group_follows_musical_cues', short: 'following group cues', story: 'mastered', from: 40, to: 92, intervention: 'social_skills_music_group' }] },
      { domain: 'engagement_with_others', statement: 'Ava will engage with peers during music.', objectives: [{ template: 'engagement_responds_to_bids', short: 'responding to peers', story: 'progressing', from: 0.6, to: 2.8, intervention: 'group_improvisation_new_ideas' }] },
    ],
    subjective: [],
  },
  {
    key: 'noah', firstName: 'Noah', lastName: 'Garcia', birthDate: '2017-01-05', populations: ['school', 'developmental_delay'], setting: 'school', therapist: 'therapist1',
    diagnoses: [{ label: 'Developmental delay', code: 'F88' }],
    referral: { source: 'IEP team, Lincoln Elementary', reason: 'Waiting for a turn and staying with group activities.' },
    musicPreferences: { ...noPrefs, songs: ['We Will Rock You'], instruments: ['floor tom'] },
    assessment: {
      template: 'intake_imtap',
      responses: { social_turn_taking: 1, social_group: 1, social_engages_others: 2, cognitive_inhibition: 0, cognitive_sustained_attention: 1, motor_gross_movement: 3, music_responsiveness: 5 },
      observations: 'Grabbed the drum during peers\' turns; needed partial physical prompts to wait; left the circle twice.', strengths: 'Enthusiastic, strong gross-motor skills.', needs: 'Waiting, staying with the group.',
    },
    goals: [
      { domain: 'inhibition', statement: 'Noah will wait for his turn during group music.', objectives: [{ template: 'inhibition_wait_for_turn_prompt', short: 'waiting for his turn', story: 'progressing', from: 2, to: 4.2, intervention: 'turn_taking_drum_game' }] },
      { domain: 'structured_group_engagement', statement: 'Noah will stay with the group for whole activities.', objectives: [{ template: 'group_remains_and_participates', short: 'staying with the group', story: 'flat', from: 50, to: 50, intervention: 'social_skills_music_group', observeMinutes: 40 }] },
    ],
    subjective: [],
  },
  {
    key: 'liam', firstName: 'Liam', lastName: 'Patel', birthDate: '2016-03-30', populations: ['school', 'down_syndrome'], setting: 'school', therapist: 'therapist1',
    diagnoses: [{ label: 'Down syndrome', code: 'Q90.9' }],
    referral: { source: 'IEP team, Lincoln Elementary', reason: 'Identifying emotions and participating in group work.' },
    musicPreferences: { ...noPrefs, songs: ['Happy', 'If You\'re Happy and You Know It'], instruments: ['tambourine'] },
    assessment: {
      template: 'intake_imtap',
      responses: { social_group: 2, social_engages_others: 2, emotional_identifies: 1, emotional_expresses: 2, cognitive_sustained_attention: 2, communication_articulation: 2, music_responsiveness: 5 },
      observations: 'Named "happy" for every excerpt; participated with prompts.', strengths: 'Joyful, loves to dance.', needs: 'Emotion identification; group participation.',
    },
    goals: [
      { domain: 'emotion_identification', statement: 'Liam will identify emotions in music and in himself.', objectives: [{ template: 'emotion_id_in_music_excerpts', short: 'naming the emotion in music', story: 'progressing', from: 30, to: 65, intervention: 'feelings_check_in_song' }] },
      { domain: 'structured_group_engagement', statement: 'Liam will participate fully in group music.', objectives: [{ template: 'group_participation_rating', short: 'group participation', story: 'mastered', from: 2.5, to: 4.6, intervention: 'social_skills_music_group' }] },
    ],
    subjective: [],
  },
  {
    key: 'zoe', firstName: 'Zoe', lastName: 'Williams', birthDate: '2016-11-12', populations: ['school'], setting: 'school', therapist: 'therapist1',
    diagnoses: [{ label: 'Speech-language impairment (IEP)', code: 'F80.9' }],
    referral: { source: 'IEP team, Lincoln Elementary', reason: 'Initiating with peers and creative expression; very quiet in class.' },
    musicPreferences: { ...noPrefs, genres: ['musicals'], songs: ['A Million Dreams'], instruments: ['ukulele'] },
    assessment: {
      template: 'intake_imtap',
      responses: { social_initiates: 0, social_group: 2, social_engages_others: 2, emotional_creative: 1, cognitive_novel_ideas: 1, communication_expressive: 2, music_sings: 3, music_responsiveness: 4 },
      observations: 'Did not initiate with peers; completed one step of the song template with prompting.', strengths: 'Sings in tune; writes stories at home.', needs: 'Initiation; creative expression.',
    },
    goals: [
      { domain: 'creative_expression', statement: 'Zoe will express her ideas creatively in music.', objectives: [{ template: 'creative_song_template_steps', short: 'the songwriting template', story: 'progressing', from: 25, to: 68, intervention: 'therapeutic_songwriting' }] },
      { domain: 'initiation_of_social_contact', statement: 'Zoe will initiate contact with peers.', objectives: [{ template: 'initiation_unprompted_contacts', short: 'initiating with peers', story: 'progressing', from: 0.3, to: 2.0, intervention: 'group_improvisation_new_ideas' }] },
    ],
    subjective: [],
  },
];

export const DEMO_GROUPS: DemoGroup[] = [
  {
    key: 'friendship-band', name: 'Friendship Band (Lincoln Elementary)', therapist: 'therapist1', setting: 'school', members: ['ava', 'noah', 'liam', 'zoe'],
    schedule: { weeks: 18, weekday: 4, time: '10:00', minutes: 40, location: 'Lincoln Elementary, music room' },
    absences: { noah: { 4: 'Absent from school', 11: 'Absent from school (dentist)' }, zoe: { 8: 'Field trip with her class' } },
    draftLast: true,
    purpose: 'A weekly social-skills music group for four students toward their IEP social goals: following musical cues together, waiting for a turn, joining and staying with group activities, and responding to and initiating with peers.',
  },
];

/** The populations the demo covers, each with at least one client. */
export const DEMO_POPULATIONS = ['nicu', 'autism', 'down_syndrome', 'developmental_delay', 'mental_health', 'tbi', 'physical_rehab', 'dementia', 'hospice', 'school'] as const;
