/**
 * The goal bank's domains. The first eighteen are the founding text's goal areas
 * (a board-certified music therapist's caseload); the rest are the areas other
 * settings add: medical, NICU, hospice, dementia and rehabilitation.
 */
import type { GoalDomainInput } from '../domain/content.js';

const CHILD_DEV = ['autism', 'down_syndrome', 'developmental_delay', 'school'] as const;

export const goalDomains: GoalDomainInput[] = [
  // --- The founding text's eighteen goal areas -------------------------------------------
  {
    key: 'social_skills',
    name: 'Social skills',
    category: 'social',
    definition:
      'The reciprocal behaviours that let a person take part in interaction: looking at a partner, responding to and sustaining an exchange with one person, and waiting for and taking turns. Music gives these a predictable frame (call and response, phrase endings, a passed instrument).',
    subSkills: ['Eye contact', 'One-on-one interaction', 'Turn taking', 'Joint attention', 'Sharing materials'],
    populations: [...CHILD_DEV, 'pediatric_rehab', 'mental_health', 'tbi', 'general'],
  },
  {
    key: 'self_regulation',
    name: 'Self-regulation',
    category: 'behavioural',
    definition:
      "The ability to notice and adjust one's own arousal, emotion and behaviour to meet the demands of the moment, and to return to a calm, available state after stress or transition. Tempo, dynamics and predictable form are used to match and then lead arousal.",
    subSkills: ['Arousal modulation', 'Calming after distress', 'Tolerating transitions', 'Using a regulation strategy'],
    populations: [...CHILD_DEV, 'pediatric_rehab', 'mental_health', 'tbi', 'general'],
  },
  {
    key: 'attention',
    name: 'Attention',
    category: 'cognitive',
    definition:
      'Directing and holding mental focus on relevant stimuli: focused (responding to a specific cue), sustained (holding attention over time), selective (ignoring distractors) and switching (moving attention between tasks or stimuli on cue).',
    subSkills: ['Focused attention', 'Sustained attention', 'Selective attention', 'Attention switching', 'Divided attention'],
    populations: [...CHILD_DEV, 'pediatric_rehab', 'tbi', 'physical_rehab', 'mental_health', 'dementia', 'general'],
  },
  {
    key: 'creative_expression',
    name: 'Creative expression',
    category: 'emotional',
    definition:
      'Opportunities to express oneself through self-chosen sound, movement, words and music, making choices about what and how to play or sing, with the therapist supporting rather than directing the expression.',
    subSkills: ['Self-directed musical choices', 'Instrumental expression', 'Vocal expression', 'Lyric creation'],
    populations: [...CHILD_DEV, 'mental_health', 'tbi', 'hospice', 'dementia', 'general'],
  },
  {
    key: 'emotional_orientation',
    name: 'Mental and emotional orientation',
    category: 'emotional',
    definition:
      'Awareness of the present moment and of one\'s own current mental and emotional state: being grounded in the here and now, recognising how one feels and why, rather than being disoriented, dissociated or overwhelmed.',
    subSkills: ['Present-moment awareness', 'Recognising own emotional state', 'Grounding'],
    populations: ['mental_health', 'tbi', 'autism', 'school', 'general'],
  },
  {
    key: 'novel_ideation',
    name: 'Novel ideation',
    category: 'cognitive',
    definition:
      'Generating new ideas rather than repeating modelled or rehearsed ones: new rhythms, melodies, lyrics, verses or ways to play, a skill of flexible and generative thinking.',
    subSkills: ['Generating new musical ideas', 'Generating new lyrics', 'Extending an idea', 'Flexible thinking'],
    populations: [...CHILD_DEV, 'mental_health', 'tbi', 'general'],
  },
  {
    key: 'emotion_identification',
    name: 'Emotion identification',
    category: 'emotional',
    definition:
      'Recognising and naming emotions in music, in others (faces, voices, lyrics) and in oneself. Tonality, tempo, dynamics and lyrics carry emotional meaning that can be labelled and matched.',
    subSkills: ['Identifying emotion in music', 'Identifying emotion in others', 'Labelling own emotion', 'Emotion vocabulary'],
    populations: [...CHILD_DEV, 'mental_health', 'tbi', 'general'],
  },
  {
    key: 'fine_motor',
    name: 'Fine motor skills',
    category: 'physical',
    definition:
      'Control and coordination of the small muscles of the hands and fingers: grasp, release, finger isolation, bilateral coordination and timed, graded finger movements, practised through playing adapted instruments.',
    subSkills: ['Grasp and release', 'Pincer grasp', 'Finger isolation', 'Bilateral coordination', 'Timing of movement'],
    populations: [...CHILD_DEV, 'pediatric_rehab', 'physical_rehab', 'tbi', 'general'],
  },
  {
    key: 'engagement_with_others',
    name: 'Engagement with others',
    category: 'social',
    definition:
      'Opportunities to be actively engaged with other people in shared music-making: playing, singing or moving together, attending to and responding to others, and enjoying connection.',
    subSkills: ['Shared music-making', 'Responding to bids for interaction', 'Sustained shared engagement'],
    populations: [...CHILD_DEV, 'mental_health', 'dementia', 'hospice', 'tbi', 'general'],
  },
  {
    key: 'emotion_exploration',
    name: 'Emotion exploration',
    category: 'emotional',
    definition:
      'Exploring, understanding and working through emotions: relating song lyrics or music to one\'s own experience, expressing feelings through improvisation or songwriting, and reflecting on them with support.',
    subSkills: ['Relating music to own experience', 'Expressing feelings musically', 'Reflecting on feelings', 'Tolerating difficult feelings'],
    populations: ['mental_health', 'tbi', 'hospice', 'autism', 'school', 'general'],
  },
  {
    key: 'gross_motor',
    name: 'Gross motor skills',
    category: 'physical',
    definition:
      'Control and coordination of large-muscle movement: balance, posture, reaching, jumping, marching and whole-body movement, organised and motivated by rhythm and musical form.',
    subSkills: ['Balance', 'Postural control', 'Upper-extremity reach', 'Locomotor skills', 'Motor planning'],
    populations: [...CHILD_DEV, 'pediatric_rehab', 'physical_rehab', 'tbi', 'dementia', 'general'],
  },
  {
    key: 'executive_functioning',
    name: 'Executive functioning',
    category: 'cognitive',
    definition:
      'The higher-order skills that organise behaviour toward a goal: working and short-term memory, cognitive flexibility (shifting rules or strategies), planning, sequencing and problem solving.',
    subSkills: ['Working memory', 'Short-term memory', 'Cognitive flexibility', 'Planning and sequencing', 'Problem solving'],
    populations: [...CHILD_DEV, 'tbi', 'physical_rehab', 'mental_health', 'dementia', 'general'],
  },
  {
    key: 'inhibition',
    name: 'Inhibition',
    category: 'behavioural',
    definition:
      'Withholding or stopping an automatic or impulsive response when the situation calls for it: stopping on a musical cue, waiting for a turn, not playing during another\'s solo.',
    subSkills: ['Stopping on cue', 'Waiting for a turn', 'Impulse control', 'Response delay'],
    populations: [...CHILD_DEV, 'mental_health', 'tbi', 'general'],
  },
  {
    key: 'academic_skills',
    name: 'Academic skills',
    category: 'cognitive',
    definition:
      'Pre-academic and academic skills taught or reinforced through music: mathematics (counting, number concepts, patterns) and English/literacy (phonemic awareness, vocabulary, reading comprehension, sequential information such as the alphabet or days of the week).',
    subSkills: ['Counting and number concepts', 'Patterns', 'Phonemic awareness', 'Vocabulary', 'Reading comprehension', 'Sequential information'],
    populations: [...CHILD_DEV, 'pediatric_rehab'],
  },
  {
    key: 'structured_group_engagement',
    name: 'Structured group engagement',
    category: 'social',
    definition:
      'Opportunities to take part in a structured group: staying with the group, following group cues and routines, and contributing one\'s part to a shared musical product.',
    subSkills: ['Remaining with the group', 'Following group cues', 'Contributing a part', 'Group routines'],
    populations: [...CHILD_DEV, 'mental_health', 'dementia', 'tbi', 'general'],
  },
  {
    key: 'articulation',
    name: 'Articulation of vowels and consonants',
    category: 'communication',
    definition:
      'Accurate production of speech sounds (vowels and consonants) in syllables, words and phrases, supported by the slower rate, prolonged vowels and rhythmic structure of singing.',
    subSkills: ['Vowel production', 'Consonant production', 'Initial and final sounds', 'Intelligibility'],
    populations: [...CHILD_DEV, 'pediatric_rehab', 'tbi', 'physical_rehab'],
  },
  {
    key: 'initiation_of_social_contact',
    name: 'Initiation of social contact',
    category: 'social',
    definition:
      'Opportunities to begin an interaction without being prompted: greeting, offering an instrument, inviting someone to play, calling a name or starting a musical exchange.',
    subSkills: ['Greeting others', 'Offering and requesting', 'Inviting to play', 'Starting an exchange'],
    populations: [...CHILD_DEV, 'mental_health', 'dementia', 'general'],
  },
  {
    key: 'decision_making',
    name: 'Decision making',
    category: 'cognitive',
    definition:
      'Making and communicating choices between options, from choosing an instrument or song to weighing options, stating a reason and following through, which builds autonomy and self-advocacy.',
    subSkills: ['Making a choice', 'Communicating a preference', 'Weighing options', 'Following through'],
    populations: [...CHILD_DEV, 'mental_health', 'tbi', 'dementia', 'hospice', 'general'],
  },

  // --- Areas other settings add ------------------------------------------------------------
  {
    key: 'pain',
    name: 'Pain',
    category: 'physical',
    definition:
      'The perceived intensity and distress of pain, acute, procedural or chronic, measured by self-report (0–10 NRS, Wong-Baker FACES) or, for those who cannot self-report, by a validated observational scale. Music is used to divert attention, promote relaxation and support coping.',
    subSkills: ['Pain intensity', 'Pain-related distress', 'Coping with procedures'],
    populations: ['hospice', 'nicu', 'physical_rehab', 'pediatric_rehab', 'general'],
  },
  {
    key: 'anxiety',
    name: 'Anxiety',
    category: 'emotional',
    definition:
      'Feelings of worry, tension and fear and their physiological signs (raised heart and breathing rate, muscle tension, restlessness), addressed through music-assisted relaxation, entrainment and supportive listening.',
    subSkills: ['Self-reported anxiety', 'Physiological arousal', 'Anxiety behaviours'],
    populations: ['mental_health', 'hospice', 'physical_rehab', 'pediatric_rehab', 'autism', 'general'],
  },
  {
    key: 'physiological_stability',
    name: 'Physiological stability',
    category: 'physical',
    definition:
      'For the hospitalised infant: stable heart rate, oxygen saturation and respiratory rate and an organised behavioural state, with fewer stress cues, supported by carefully titrated, infant-directed live music.',
    subSkills: ['Heart rate', 'Oxygen saturation', 'Respiratory rate', 'Behavioural state organisation'],
    populations: ['nicu'],
  },
  {
    key: 'feeding_oral_motor',
    name: 'Feeding and oral-motor skills',
    category: 'physical',
    definition:
      'For the premature infant: the sucking, swallowing and breathing coordination that oral feeding needs, beginning with organised non-nutritive sucking that music can reinforce.',
    subSkills: ['Non-nutritive suck', 'Suck-swallow-breathe coordination', 'Feeding readiness cues'],
    populations: ['nicu'],
  },
  {
    key: 'comfort_quality_of_life',
    name: 'Comfort and quality of life',
    category: 'emotional',
    definition:
      'Physical comfort, relaxation and the felt quality of life at the end of life or in serious illness: being at ease, experiencing pleasure, connection and moments of normality.',
    subSkills: ['Physical comfort', 'Relaxation', 'Enjoyment', 'Felt quality of life'],
    populations: ['hospice', 'dementia', 'general'],
  },
  {
    key: 'spiritual_legacy',
    name: 'Spiritual needs and legacy',
    category: 'emotional',
    definition:
      'Meaning, life review, faith and what a person wishes to leave behind: reflecting on one\'s life through song, expressing beliefs, and creating legacy such as songs, recordings and heartbeat recordings for loved ones.',
    subSkills: ['Life review', 'Meaning and faith', 'Legacy creation', 'Saying what matters to loved ones'],
    populations: ['hospice'],
  },
  {
    key: 'memory_reminiscence',
    name: 'Memory and reminiscence',
    category: 'cognitive',
    definition:
      'Recall of autobiographical memories and of familiar songs and lyrics, drawing on the relative preservation of musical memory in dementia to support identity, mood and conversation.',
    subSkills: ['Autobiographical recall', 'Song and lyric recall', 'Sharing memories with others'],
    populations: ['dementia', 'hospice', 'tbi', 'general'],
  },
  {
    key: 'orientation',
    name: 'Orientation to person, place and time',
    category: 'cognitive',
    definition:
      'Knowing who one is and who others are, where one is, and the day, date and season, reinforced through sung greetings and orientation routines.',
    subSkills: ['Orientation to person', 'Orientation to place', 'Orientation to time'],
    populations: ['dementia', 'tbi'],
  },
  {
    key: 'agitation',
    name: 'Agitation',
    category: 'behavioural',
    definition:
      'Restless, verbally or physically agitated or aggressive behaviour (calling out, pacing, resisting care, hitting), particularly in dementia, reduced through individualised, preferred music and music therapy.',
    subSkills: ['Verbal agitation', 'Physical agitation', 'Resistance to care'],
    populations: ['dementia', 'tbi', 'mental_health'],
  },
  {
    key: 'speech_language',
    name: 'Speech and language',
    category: 'communication',
    definition:
      'Expressive and receptive language: producing words and phrases, fluency, naming and functional communication, supported by melodic intonation, rhythm and familiar song.',
    subSkills: ['Expressive language', 'Receptive language', 'Fluency', 'Functional communication'],
    populations: ['tbi', 'physical_rehab', 'autism', 'developmental_delay', 'down_syndrome', 'dementia'],
  },
  {
    key: 'gait_mobility',
    name: 'Gait and mobility',
    category: 'physical',
    definition:
      'Walking and functional mobility: cadence, velocity, stride length and symmetry, and the level of assistance needed, trained with rhythmic auditory cueing.',
    subSkills: ['Cadence', 'Velocity', 'Stride length', 'Symmetry', 'Level of assistance'],
    populations: ['physical_rehab', 'tbi', 'pediatric_rehab', 'dementia'],
  },
  {
    key: 'respiratory_function',
    name: 'Respiratory function',
    category: 'physical',
    definition:
      'Breath support and control for life and for voice: breath length, controlled exhalation, phonation time and breathing rate, trained through singing and wind-instrument exercises.',
    subSkills: ['Breath support', 'Controlled exhalation', 'Phonation time', 'Breathing rate'],
    populations: ['physical_rehab', 'tbi', 'pediatric_rehab', 'hospice', 'general'],
  },
  {
    key: 'mood',
    name: 'Mood',
    category: 'emotional',
    definition:
      'The person\'s prevailing emotional state (low, flat, anxious or bright) as self-reported and as observed in affect, addressed through active music-making, songwriting and supportive listening.',
    subSkills: ['Self-reported mood', 'Observed affect', 'Positive self-talk'],
    populations: ['mental_health', 'hospice', 'dementia', 'tbi', 'physical_rehab', 'general'],
  },
  {
    key: 'coping',
    name: 'Coping',
    category: 'emotional',
    definition:
      'Recognising stressors and using healthy strategies to manage them, including music-based strategies (playlists, singing, breathing with music) that the person can use outside sessions.',
    subSkills: ['Identifying stressors', 'Choosing a coping strategy', 'Using music to cope', 'Generalising strategies'],
    populations: ['mental_health', 'hospice', 'tbi', 'physical_rehab', 'pediatric_rehab', 'general'],
  },
];
