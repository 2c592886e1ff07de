/**
 * The music the demo's therapists use, per shipped intervention: songs and pieces with the key, tempo,
 * meter, instruments, who led and the response a therapist writes down. Only public-domain or
 * traditional titles (folk songs, spirituals, hymns, nursery songs, 19th-century marches and
 * lullabies), or music made in the session (improvised, composed). The keys and tempi are the demo
 * therapist's arrangement, not a claim about an original.
 *
 * Sessions alternate through an intervention's list, so a client's repertoire shows two or more
 * songs in different keys and tempi, some live and some recorded.
 */
import type { MusicUseCreate } from '../../domain/music.js';

/** A song as the demo records it; `tempoBpm: 'cue'` takes the session's RAS cue tempo. */
export type DemoSong = Omit<MusicUseCreate, 'id' | 'deliveredInterventionId' | 'clientId' | 'tempoBpm'> & { tempoBpm: number | 'cue' | null };

const song = (s: DemoSong): DemoSong => s;

export const DEMO_MUSIC: Record<string, DemoSong[]> = {
  hello_song_greeting_routine: [
    song({ title: 'Frère Jacques', version: 'adapted', key: 'G major', tempoBpm: 92, meter: '4/4', instruments: ['guitar'], ledBy: ['therapist'], source: 'live', response: 'sang the hello line back after a pause' }),
  ],
  turn_taking_drum_game: [
    song({ title: 'Row, Row, Row Your Boat', key: 'C major', tempoBpm: 100, meter: '6/8', instruments: ['djembe', 'ocean drum'], ledBy: ['therapist'], source: 'live', response: 'took a drum turn at the end of each line' }),
    song({ title: 'Frère Jacques', key: 'F major', tempoBpm: 84, meter: '4/4', instruments: ['djembe', 'guitar'], ledBy: ['therapist'], source: 'live', response: 'waited for the guitar cue before each turn' }),
  ],
  child_led_improvisation: [
    song({ title: 'Free improvisation', version: 'improvised', key: 'other', tempoBpm: null, meter: null, instruments: ['ocean drum', 'xylophone'], ledBy: ['client', 'therapist'], source: 'live', response: 'led the tempo changes twice' }),
  ],
  rhythmic_cueing_routine_steps: [
    song({ title: 'Twinkle, Twinkle, Little Star', version: 'adapted', key: 'C major', tempoBpm: 72, meter: '4/4', instruments: ['guitar'], ledBy: ['therapist'], source: 'live', response: 'sang the step words with the tune' }),
  ],
  literacy_songs: [
    song({ title: 'Old MacDonald Had a Farm', version: 'adapted', key: 'G major', tempoBpm: 104, meter: '4/4', instruments: ['guitar'], ledBy: ['therapist'], source: 'live', response: 'filled in the animal sounds' }),
    song({ title: 'The Alphabet Song', key: 'D major', tempoBpm: 88, meter: '4/4', instruments: ['xylophone', 'guitar'], ledBy: ['therapist', 'client'], source: 'live', response: 'sang the letters to G' }),
  ],
  timp_keyboard_finger_sequencing: [
    song({ title: 'Mary Had a Little Lamb', key: 'C major', tempoBpm: 80, meter: '4/4', instruments: ['keyboard'], ledBy: ['client'], source: 'live', response: 'played the first phrase with three fingers' }),
  ],
  mact_alternating_attention: [
    song({ title: 'When the Saints Go Marching In', key: 'B♭ major', tempoBpm: 120, meter: '4/4', instruments: ['drum pad', 'keyboard'], ledBy: ['therapist'], source: 'live', response: 'switched instruments on the cue' }),
    song({ title: 'Yankee Doodle', key: 'F major', tempoBpm: 112, meter: '2/4', instruments: ['drum pad'], ledBy: ['therapist'], source: 'recorded', response: 'missed one switch near the end' }),
  ],
  melodic_mnemonic_sequencing: [
    song({ title: 'Camptown Races', artist: 'Stephen Foster', version: 'adapted', key: 'D major', tempoBpm: 108, meter: '2/4', instruments: ['guitar'], ledBy: ['therapist'], source: 'live', response: 'sang the rule words in order' }),
  ],
  meft_group_improvisation_planning: [
    song({ title: 'Planned improvisation', version: 'improvised', key: 'other', tempoBpm: 96, meter: '4/4', instruments: ['drum pad', 'keyboard'], ledBy: ['client'], source: 'live', response: 'planned the order of three sections' }),
  ],
  music_grounding: [
    song({ title: 'Shenandoah', key: 'D major', tempoBpm: 66, meter: '4/4', instruments: ['guitar'], ledBy: ['therapist'], source: 'live', response: 'breathing slowed with the phrases' }),
    song({ title: 'Greensleeves', key: 'A minor', tempoBpm: 60, meter: '6/8', instruments: ['guitar'], ledBy: ['therapist'], source: 'recorded', response: 'named three things heard in the music' }),
  ],
  song_choice_check_in: [
    song({ title: 'Wayfaring Stranger', key: 'E minor', tempoBpm: 70, meter: '3/4', instruments: ['guitar', 'voice'], ledBy: ['client', 'therapist'], source: 'live', response: 'chose the song and said why' }),
    song({ title: 'Scarborough Fair', key: 'D minor', tempoBpm: 76, meter: '3/4', instruments: ['guitar'], ledBy: ['therapist'], source: 'live', response: 'sang the second verse' }),
  ],
  coping_playlist: [
    song({ title: 'Gymnopédie No. 1', artist: 'Erik Satie', key: null, tempoBpm: null, meter: '3/4', instruments: ['piano'], ledBy: [], source: 'recorded', response: 'added it to the evening playlist' }),
  ],
  ras_gait_training: [
    song({ title: 'The Stars and Stripes Forever', artist: 'John Philip Sousa', version: 'adapted', key: 'E♭ major', tempoBpm: 'cue', meter: '2/4', instruments: ['keyboard', 'metronome'], ledBy: ['therapist'], source: 'live', response: 'stepped with the beat from the second pass' }),
    song({ title: 'The Washington Post', artist: 'John Philip Sousa', key: 'F major', tempoBpm: 'cue', meter: '6/8', instruments: ['metronome'], ledBy: ['therapist'], source: 'recorded', response: 'hummed along and kept the stride longer' }),
  ],
  individualized_music_agitation: [
    song({ title: 'Amazing Grace', key: 'G major', tempoBpm: 72, meter: '3/4', instruments: ['piano'], ledBy: ['therapist'], source: 'live', response: 'stopped calling out and sang the first verse' }),
    song({ title: 'Let Me Call You Sweetheart', key: 'F major', tempoBpm: 84, meter: '3/4', instruments: ['piano'], ledBy: ['therapist'], source: 'recorded', response: 'swayed and held the therapist’s hand' }),
  ],
  dementia_seated_movement: [
    song({ title: 'Daisy Bell', key: 'C major', tempoBpm: 96, meter: '3/4', instruments: ['piano', 'scarves'], ledBy: ['therapist'], source: 'live', response: 'watched and moved one arm' }),
  ],
  dementia_reminiscence_songs: [
    song({ title: 'Shine On, Harvest Moon', key: 'G major', tempoBpm: 88, meter: '4/4', instruments: ['piano'], ledBy: ['therapist'], source: 'live', response: 'sang the chorus and spoke of dancing' }),
    song({ title: 'In the Good Old Summertime', key: 'F major', tempoBpm: 100, meter: '3/4', instruments: ['piano'], ledBy: ['therapist', 'client'], source: 'recorded', response: 'named the dance hall' }),
  ],
  hospice_comfort_relaxation: [
    song({ title: 'Arirang', key: 'G major', tempoBpm: 60, meter: '3/4', instruments: ['voice', 'guitar'], ledBy: ['therapist'], source: 'live', response: 'eyes closed, breathing eased' }),
    song({ title: 'Wiegenlied, Op. 49 No. 4', artist: 'Johannes Brahms', key: 'E♭ major', tempoBpm: 56, meter: '3/4', instruments: ['guitar'], ledBy: ['therapist'], source: 'live', response: 'hummed the last phrase' }),
  ],
  hospice_family_bedside_singing: [
    song({ title: 'Amazing Grace', key: 'F major', tempoBpm: 66, meter: '3/4', instruments: ['voice', 'guitar'], ledBy: ['family', 'therapist'], source: 'live', response: 'daughter sang; Grace mouthed the words' }),
    song({ title: 'It Is Well with My Soul', key: 'C major', tempoBpm: 64, meter: '4/4', instruments: ['voice', 'guitar'], ledBy: ['family', 'therapist'], source: 'live', response: 'held her daughter’s hand through the refrain' }),
  ],
  legacy_song_and_heartbeat: [
    song({ title: 'Song for the grandchildren', version: 'composed', key: 'C major', tempoBpm: 72, meter: '4/4', instruments: ['guitar'], ledBy: ['client', 'therapist'], source: 'live', response: 'chose the words for the second verse' }),
  ],
  nicu_entrained_live_lullaby: [
    song({ title: 'Hush, Little Baby', key: 'F major', tempoBpm: 60, meter: '4/4', instruments: ['voice'], ledBy: ['therapist', 'family'], source: 'live', response: 'settled; mother joined the second verse' }),
    song({ title: 'Twinkle, Twinkle, Little Star', key: 'C major', tempoBpm: 56, meter: '4/4', instruments: ['voice'], ledBy: ['therapist'], source: 'live', response: 'quiet alert state through the song' }),
  ],
  pacifier_activated_lullaby: [
    song({ title: 'Wiegenlied, Op. 49 No. 4', artist: 'Johannes Brahms', key: null, tempoBpm: null, meter: '3/4', instruments: ['voice'], ledBy: [], source: 'recorded', response: '' }),
  ],
  social_skills_music_group: [
    song({ title: 'Head, Shoulders, Knees and Toes', key: 'D major', tempoBpm: 104, meter: '4/4', instruments: ['guitar'], ledBy: ['therapist'], source: 'live', response: 'the group sped up and slowed down together' }),
    song({ title: 'This Old Man', key: 'G major', tempoBpm: 96, meter: '4/4', instruments: ['guitar', 'boomwhackers'], ledBy: ['therapist', 'group'], source: 'live', response: 'each member played one number' }),
  ],
  group_improvisation_new_ideas: [
    song({ title: 'Group improvisation', version: 'improvised', key: 'other', tempoBpm: null, meter: null, instruments: ['boomwhackers', 'floor tom', 'tambourine', 'ukulele'], ledBy: ['group'], source: 'live', response: 'two new ideas offered and copied' }),
  ],
  feelings_check_in_song: [
    song({ title: 'Skip to My Lou', version: 'adapted', key: 'F major', tempoBpm: 108, meter: '2/4', instruments: ['guitar'], ledBy: ['therapist'], source: 'live', response: 'each member sang a feeling word' }),
  ],
  therapeutic_songwriting: [
    song({ title: 'Our class song', version: 'composed', key: 'C major', tempoBpm: 92, meter: '4/4', instruments: ['ukulele', 'guitar'], ledBy: ['group', 'therapist'], source: 'live', response: 'wrote the chorus together' }),
  ],
};

/** The song of an intervention for the session with this delivery number: the list in turn, or none. */
export function demoSongFor(interventionKey: string, delivery: number): DemoSong | null {
  const list = DEMO_MUSIC[interventionKey];
  return list?.length ? list[delivery % list.length]! : null;
}
