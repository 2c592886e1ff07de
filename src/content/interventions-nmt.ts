/**
 * Intervention library: the neurologic music therapy (NMT) speech, language and cognitive
 * techniques of the NMT taxonomy (Thaut & Hoemberg, 2014) not covered elsewhere: SYCOM,
 * RSC, MUSTIM, DSLM, VIT, APT, MSOT, MNT, MMT and associative mood and memory training.
 * Each entry opens with what the technique is, after the published NMT definitions
 * (Thaut, 2005; Thaut & Hoemberg, 2014); the steps that follow are a session built on it.
 */
import type { InterventionInput } from '../domain/content.js';
import * as R from './references.js';

const NMT = [R.THAUT_HOEMBERG_2014_HANDBOOK, R.THAUT_2005_RHYTHM_MUSIC_BRAIN];

export const nmtInterventions: InterventionInput[] = [
  {
    key: 'sycom_improvised_dialogue',
    name: 'Symbolic communication training through music: improvised musical dialogue',
    technique: 'symbolic_communication_training',
    musicElements: [
      { element: 'form', use: 'Question-and-answer phrases give the exchange a beginning, turns and an end, as in a conversation.' },
      { element: 'instrumentation', use: 'Each partner has an instrument of their own, so whose turn it is can be heard and seen.' },
      { element: 'dynamics', use: 'Loud and soft, sudden and gradual changes carry emotional and pragmatic meaning without words.' },
    ],
    goalDomains: ['social_skills', 'engagement_with_others', 'initiation_of_social_contact'],
    populations: ['autism', 'developmental_delay', 'tbi', 'physical_rehab'],
    materials: ['Two or more instruments per pair (drums, xylophones, keyboard)'],
    procedure: [
      'What it is: structured instrumental or vocal improvisation, individual or in a group, used as a non-verbal language in real time to train communication behaviour: turn-taking, initiating and answering, listening, and expressing meaning and emotion.',
      'Set up a musical conversation: the therapist plays a short phrase and leaves space for the client to answer.',
      'Shape the exchange: waiting for a turn, answering in kind, starting a new topic (a new idea), ending together.',
      'Move the practised behaviour into speech or the client\'s communication system (words, signs, device) in the same structure.',
    ],
    adaptations: {
      easier: ['Short phrases, one instrument each, clear visual cue for turns.'],
      harder: ['Longer exchanges, group dialogue, the client leads and closes the conversation.'],
    },
    precautions: ['Check tolerance for volume and for shared instruments; allow a quiet instrument choice.'],
    references: NMT,
  },
  {
    key: 'rsc_metric_cueing',
    name: 'Rhythmic speech cueing: metric and patterned cueing of speech rate',
    technique: 'rhythmic_speech_cueing',
    musicElements: [
      { element: 'tempo', use: 'The cue tempo sets the speech rate; it is chosen for the therapeutic goal and changed in small steps.' },
      { element: 'rhythm', use: 'Metric cueing: one syllable or one word per beat. Patterned cueing: a pre-structured rhythmic sentence (a rhyme or a song line) with longer and shorter syllables.' },
    ],
    goalDomains: ['articulation', 'speech_language'],
    populations: ['tbi', 'physical_rehab', 'general'],
    materials: ['Metronome or app', 'Drum or keyboard for live patterns', 'Target phrases'],
    procedure: [
      'What it is: speech rate controlled by an auditory rhythm (metronome pulse, a played rhythmic pattern or a piece of music) to improve fluency, articulatory rate, pause time and intelligibility; its main indication is dysarthria, and it is also used in fluency disorders.',
      'Find the tempo at which the client speaks accurately and intelligibly with the cue.',
      'Practise target words and phrases with metric cueing (one syllable or word per beat), then patterned cueing of whole sentences.',
      'Move the tempo toward the client\'s functional speech rate and fade the cue; record intelligibility and rate.',
    ],
    adaptations: {
      easier: ['One syllable per beat at a slow tempo; short phrases.'],
      harder: ['Patterned cueing of longer sentences; conversation with the cue faded.'],
    },
    precautions: ['Coordinate targets and tempo with the speech-language pathologist.'],
    references: NMT,
  },
  {
    key: 'mustim_song_completion',
    name: 'Musical speech stimulation: completing familiar song lines',
    technique: 'musical_speech_stimulation',
    musicElements: [
      { element: 'melody', use: 'Over-learned tunes carry the words the client completes or initiates.' },
      { element: 'lyrics', use: 'Familiar song lyrics, rhymes and chants, and phrases like "How are you ...?", are left for the client to finish.' },
      { element: 'form', use: 'The line is stopped just before the target word, where the expectation is strongest.' },
    ],
    goalDomains: ['speech_language', 'memory_reminiscence'],
    populations: ['physical_rehab', 'tbi', 'dementia'],
    materials: ['Songs very familiar to the client, in a comfortable key'],
    procedure: [
      'What it is: songs, rhymes, chants and musical phrases that simulate prosodic speech are used to stimulate non-propositional speech, by completing or initiating over-learned lyrics, associating words with familiar tunes, or musical phrases that elicit functional responses.',
      'Sing a familiar line and stop before its last word; wait for the client to complete it.',
      'Move from song words to functional phrases set to a familiar tune or an obvious melodic phrase ("You are my ...", "How are you ...?").',
      'Record words completed and initiated, sung and spoken.',
    ],
    adaptations: {
      easier: ['Stop only before the last word; sing the first sound of the word as a cue.'],
      harder: ['Leave longer gaps; move the phrase into speech without the tune.'],
    },
    precautions: ['Coordinate with the speech-language pathologist; keep success high to avoid frustration.'],
    references: NMT,
  },
  {
    key: 'dslm_songs_for_language',
    name: 'Developmental speech and language training through music: songs and chants for first words and sentences',
    technique: 'developmental_speech_language_training',
    musicElements: [
      { element: 'lyrics', use: 'Lyrics built from the child\'s target vocabulary and sentence forms.' },
      { element: 'rhythm', use: 'Chants put words and syllables on a steady pulse, with movement to the same pulse.' },
      { element: 'instrumentation', use: 'Instruments the child plays mark words, turns and sentence parts.' },
    ],
    goalDomains: ['speech_language', 'articulation'],
    populations: ['autism', 'developmental_delay', 'down_syndrome', 'school'],
    materials: ['Songs or chants written around target words', 'Picture cards or the child\'s communication device'],
    procedure: [
      'What it is: developmentally appropriate musical materials and experiences (singing, chanting, playing instruments, and music combined with speech and movement) used to enhance speech and language development.',
      'Choose target words and sentence forms with the speech-language pathologist and family.',
      'Sing or chant them with pictures and movement; leave gaps for the child to fill by voice, sign or device.',
      'Use the same words in play and routines outside the song; record the words used.',
    ],
    adaptations: {
      easier: ['One target word per song; hand-over-hand play on the beat.'],
      harder: ['Two- and three-word phrases; the child chooses the words for a new verse.'],
    },
    precautions: ['Check sensory tolerance for volume and touch.'],
    references: NMT,
  },
  {
    key: 'vit_voice_exercises',
    name: 'Vocal intonation therapy: pitch, breath and loudness exercises',
    technique: 'vocal_intonation_therapy',
    musicElements: [
      { element: 'melody', use: 'Five-note scales and intoned phrases moved up or down by half steps widen the usable pitch range and inflection.' },
      { element: 'dynamics', use: 'Graded loudness trains vocal intensity and control.' },
      { element: 'timbre', use: 'Resonance and voice quality are shaped in sustained and sung tones.' },
    ],
    goalDomains: ['respiratory_function', 'articulation', 'speech_language'],
    populations: ['tbi', 'physical_rehab', 'developmental_delay'],
    materials: ['Keyboard or guitar', 'Functional sentences for intonation'],
    procedure: [
      'What it is: intoned phrases that simulate the prosody, inflection and pacing of normal speech, with vocal exercises that train all aspects of voice control: inflection, pitch, breath control, timbre and dynamics.',
      'Warm up breath and posture; sing a five-note scale and move its starting pitch by half steps within the client\'s range.',
      'Intone a functional sentence on the same pattern, then speak it with the same inflection.',
      'Record pitch range, loudness and phrase length.',
    ],
    adaptations: {
      easier: ['Narrow range and short phrases; sing along with the therapist.'],
      harder: ['Wider range, longer phrases, speaking with the inflection in conversation.'],
    },
    precautions: ['Stop for vocal strain, pain or hoarseness; coordinate with the speech-language pathologist.'],
    references: NMT,
  },
  {
    key: 'apt_sound_discrimination',
    name: 'Auditory perception training: discriminating and identifying sounds',
    technique: 'auditory_perception_training',
    musicElements: [
      { element: 'tempo', use: 'Faster and slower versions of a pattern to tell apart.' },
      { element: 'rhythm', use: 'Rhythmic patterns to discriminate, identify and reproduce.' },
      { element: 'timbre', use: 'Different instruments, and speech sounds, to identify by sound alone.' },
      { element: 'melody', use: 'Higher and lower pitches and melodic contours to discriminate.' },
    ],
    goalDomains: ['attention', 'speech_language'],
    populations: ['autism', 'developmental_delay', 'tbi', 'general'],
    materials: ['Contrasting instruments', 'Picture or graphic notation cards'],
    procedure: [
      'What it is: musical exercises to discriminate and identify components of sound (time, tempo, duration, pitch, timbre, rhythmic patterns) and speech sounds, integrating visual, tactile and kinaesthetic input, for example playing from symbolic or graphic notation, tactile sound transmission, or movement to music.',
      'Play two sounds or patterns and ask whether they are the same or different, then which instrument or pattern it was.',
      'Pair the sounds with graphic notation or movement and have the client play back what they heard.',
      'Record correct discriminations and identifications.',
    ],
    adaptations: {
      easier: ['Large contrasts (drum against bell, very fast against very slow); visual support.'],
      harder: ['Small contrasts, speech sounds, patterns played from notation.'],
    },
    precautions: ['With hearing aids or a cochlear implant, set levels with the audiologist\'s advice.'],
    references: NMT,
  },
  {
    key: 'msot_arousal_orientation',
    name: 'Musical sensory orientation training: arousal and orientation',
    technique: 'musical_sensory_orientation_training',
    musicElements: [
      { element: 'lyrics', use: 'Lyrics name the person, the place and the time of day.' },
      { element: 'dynamics', use: 'Levels and changes chosen to stimulate arousal without overwhelming.' },
      { element: 'instrumentation', use: 'Live or recorded music; simple instruments for the client to play when ready.' },
    ],
    goalDomains: ['orientation', 'attention'],
    populations: ['tbi', 'dementia'],
    materials: ['Preferred music, live or recorded', 'Simple instruments'],
    procedure: [
      'What it is: music, live or recorded, used to stimulate arousal and recovery of wake states and to facilitate meaningful responsiveness and orientation to time, place and person; in later recovery, simple active musical exercises train vigilance and basic attention maintenance, quantity of response before quality.',
      'Present music and watch for responses (eye opening, turning to the sound, movement, vocal sound); record them.',
      'Sing orienting songs naming the person, the place and the time of day.',
      'As responsiveness grows, invite simple playing and lengthen the time the client keeps responding.',
    ],
    adaptations: {
      easier: ['Short presentations; one sound source at a time.'],
      harder: ['Longer active exercises; choices between songs.'],
    },
    precautions: ['Work with the medical team\'s plan; watch vital signs and signs of overstimulation and stop when they appear.'],
    references: NMT,
  },
  {
    key: 'mnt_neglected_field_playing',
    name: 'Musical neglect training: playing into the neglected field',
    technique: 'musical_neglect_training',
    musicElements: [
      { element: 'instrumentation', use: 'Instruments placed so that playing them draws attention and reach into the neglected or unattended visual field.' },
      { element: 'rhythm', use: 'Exercises structured in time and rhythm so the client turns to the neglected side again and again.' },
      { element: 'tempo', use: 'Tempo sets how often attention must shift.' },
    ],
    goalDomains: ['attention', 'gross_motor'],
    populations: ['tbi', 'physical_rehab'],
    materials: ['Tone bars, drums or keyboard that can be set out across the midline'],
    procedure: [
      'What it is: active performance on instruments, structured in time, tempo and rhythm, with the instruments set out in space to focus attention on a neglected or unattended visual field; it may also use receptive listening to stimulate hemispheric arousal during neglect exercises.',
      'Set the instruments in a row from the attended side into the neglected side.',
      'Play a melody or pattern that moves along the row, so each phrase ends on the neglected side.',
      'Move instruments further into the neglected field as scanning improves; record the targets reached.',
    ],
    adaptations: {
      easier: ['Few instruments, near the midline; verbal or visual cue to look.'],
      harder: ['More instruments further into the neglected field; faster patterns.'],
    },
    precautions: ['Follow the occupational therapist\'s plan and any range-of-motion restrictions.'],
    references: NMT,
  },
  {
    key: 'mmt_sung_sequences',
    name: 'Musical mnemonics training: learning and recalling information through song',
    technique: 'musical_mnemonics_training',
    musicElements: [
      { element: 'melody', use: 'A simple melody carries the information to be learned (a list, steps, names).' },
      { element: 'rhythm', use: 'Rhythm and metre chunk the information and keep its order.' },
      { element: 'form', use: 'Repeated verses build encoding; the same song is the cue for recall.' },
    ],
    goalDomains: ['memory_reminiscence', 'executive_functioning', 'academic_skills'],
    populations: ['tbi', 'dementia', 'developmental_delay', 'school'],
    materials: ['A short song, rhyme or chant written around the information'],
    procedure: [
      'What it is: musical exercises that train memory encoding and retrieval, for example sounds or lyrics recalled from songs, rhymes or chants, with the music serving as a template for learning information in order.',
      'Write or adapt a song whose lyrics hold the information (a daily routine, a list of words, names).',
      'Teach it by repetition, singing together, then the client alone.',
      'Test recall sung and then spoken, after a delay; record items and order recalled.',
    ],
    adaptations: {
      easier: ['Fewer items; the melody of a song the client already knows.'],
      harder: ['Longer lists, recall after a longer delay or a distracting task.'],
    },
    precautions: [],
    references: [...NMT, R.THAUT_2014_MNEMONICS_MS],
  },
  {
    key: 'ammt_mood_and_memory',
    name: 'Associative mood and memory training: music-induced mood for recall',
    technique: 'associative_mood_memory_training',
    musicElements: [
      { element: 'instrumentation', use: 'Preferred music, live or recorded, chosen for the mood it evokes in this person.' },
      { element: 'tonality', use: 'Mode and harmony chosen for the mood to be induced.' },
      { element: 'lyrics', use: 'Songs from the person\'s own life connect the mood to memories of people, places and events.' },
    ],
    goalDomains: ['memory_reminiscence', 'mood'],
    populations: ['dementia', 'tbi', 'mental_health'],
    materials: ['Songs from the person\'s past (music preference inventory)', 'Photographs or objects linked to the songs'],
    procedure: [
      'What it is: musical mood induction to bring about a mood-congruent state for memory recall, to access associative mood and memory networks, and to induce a positive emotional state in learning and recall. (Not to be confused with auditory-motor mapping training, also shortened to AMMT, which is filed under melodic intonation.)',
      'Play or sing music the person links with a time of life and a positive mood.',
      'Invite recall: who, where, what happened; note memories and mood.',
      'When learning something new, present it in the same positive musical context and check recall in it.',
    ],
    adaptations: {
      easier: ['One song, yes/no or choice questions about it.'],
      harder: ['Open recall; the person builds a playlist and tells its story.'],
    },
    precautions: ['Music can bring back painful memories: ask about songs to avoid (music preference inventory) and stay with the person if distress arises.'],
    references: NMT,
  },
];
