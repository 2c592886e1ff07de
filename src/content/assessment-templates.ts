/**
 * Assessment templates: intake with IMTAP-style domain ratings (yielding suggested goals
 * and baselines), the music-preference inventory, and the NICU, hospice, dementia and
 * mental-health assessments.
 */
import type { AssessmentTemplateInput } from '../domain/content.js';
import * as R from './references.js';

const ZERO_TO_TEN = (low: string, high: string) => ({
  kind: 'rating' as const,
  min: 0,
  max: 10,
  anchors: [
    { value: 0, label: low },
    { value: 10, label: high },
  ],
});

const IMTAP_HELP =
  'Rate how consistently the skill is shown across the assessment: Never (0), Rarely < 50 % (1), Inconsistent 50–79 % (2), Consistent 80–100 % (3). Ratings of 0 to 2 suggest a goal in the linked domain.';

export const assessmentTemplates: AssessmentTemplateInput[] = [
  {
    key: 'intake_imtap',
    name: 'Intake assessment with IMTAP-style domain ratings',
    populations: ['autism', 'down_syndrome', 'developmental_delay', 'school', 'pediatric_rehab', 'mental_health', 'tbi', 'general'],
    references: [R.BAXTER_2007_IMTAP],
    sections: [
      {
        key: 'background',
        title: 'Referral and background',
        items: [
          { key: 'referral_reason', label: 'Reason for referral', kind: 'text' },
          { key: 'diagnoses', label: 'Diagnoses and relevant medical history', kind: 'text' },
          { key: 'current_services', label: 'Other therapies and services', kind: 'text' },
          { key: 'strengths', label: 'Strengths and interests', kind: 'text' },
          { key: 'sensory_notes', label: 'Sensory sensitivities (sound, touch) and precautions', kind: 'text' },
        ],
      },
      {
        key: 'social',
        title: 'Social',
        items: [
          { key: 'social_eye_contact', label: 'Makes eye contact during musical interaction', kind: 'imtap', domainKey: 'social_skills', help: IMTAP_HELP },
          { key: 'social_turn_taking', label: 'Takes turns in a musical exchange', kind: 'imtap', domainKey: 'social_skills', help: IMTAP_HELP },
          { key: 'social_engages_others', label: 'Engages with others in shared music-making', kind: 'imtap', domainKey: 'engagement_with_others', help: IMTAP_HELP },
          { key: 'social_initiates', label: 'Initiates interaction with the therapist or peers', kind: 'imtap', domainKey: 'initiation_of_social_contact', help: IMTAP_HELP },
          { key: 'social_group', label: 'Participates in a structured group activity', kind: 'imtap', domainKey: 'structured_group_engagement', help: IMTAP_HELP },
        ],
      },
      {
        key: 'emotional',
        title: 'Emotional',
        items: [
          { key: 'emotional_identifies', label: 'Identifies emotions in music and in self', kind: 'imtap', domainKey: 'emotion_identification', help: IMTAP_HELP },
          { key: 'emotional_expresses', label: 'Expresses feelings through music or lyrics', kind: 'imtap', domainKey: 'emotion_exploration', help: IMTAP_HELP },
          { key: 'emotional_creative', label: 'Makes self-directed creative choices in music', kind: 'imtap', domainKey: 'creative_expression', help: IMTAP_HELP },
          { key: 'emotional_regulates', label: 'Returns to a regulated state after stress or transition', kind: 'imtap', domainKey: 'self_regulation', help: IMTAP_HELP },
          { key: 'emotional_present', label: 'Is oriented to the here and now and to own feelings', kind: 'imtap', domainKey: 'emotional_orientation', help: IMTAP_HELP },
        ],
      },
      {
        key: 'cognitive',
        title: 'Cognitive',
        items: [
          { key: 'cognitive_sustained_attention', label: 'Sustains attention to a musical task', kind: 'imtap', domainKey: 'attention', help: IMTAP_HELP },
          { key: 'cognitive_switching', label: 'Switches attention between instruments or tasks on cue', kind: 'imtap', domainKey: 'attention', help: IMTAP_HELP },
          { key: 'cognitive_memory', label: 'Recalls song lyrics or musical sequences', kind: 'imtap', domainKey: 'executive_functioning', help: IMTAP_HELP },
          { key: 'cognitive_flexibility', label: 'Adapts when the rule of a musical game changes', kind: 'imtap', domainKey: 'executive_functioning', help: IMTAP_HELP },
          { key: 'cognitive_inhibition', label: 'Stops playing on a musical cue', kind: 'imtap', domainKey: 'inhibition', help: IMTAP_HELP },
          { key: 'cognitive_choices', label: 'Makes choices between songs or instruments', kind: 'imtap', domainKey: 'decision_making', help: IMTAP_HELP },
          { key: 'cognitive_novel_ideas', label: 'Offers new musical or lyrical ideas', kind: 'imtap', domainKey: 'novel_ideation', help: IMTAP_HELP },
          { key: 'cognitive_academic', label: 'Counts, sequences or identifies letters and sounds in songs', kind: 'imtap', domainKey: 'academic_skills', help: IMTAP_HELP },
        ],
      },
      {
        key: 'motor',
        title: 'Motor',
        items: [
          { key: 'motor_fine_grasp', label: 'Grasps and releases small instruments or mallets', kind: 'imtap', domainKey: 'fine_motor', help: IMTAP_HELP },
          { key: 'motor_fine_isolation', label: 'Plays keys or tone bars with an isolated finger', kind: 'imtap', domainKey: 'fine_motor', help: IMTAP_HELP },
          { key: 'motor_gross_movement', label: 'Performs gross-motor actions to music on the beat', kind: 'imtap', domainKey: 'gross_motor', help: IMTAP_HELP },
          { key: 'motor_gait', label: 'Walks with steady rhythm and adequate speed', kind: 'imtap', domainKey: 'gait_mobility', help: IMTAP_HELP },
        ],
      },
      {
        key: 'communication',
        title: 'Communication',
        items: [
          { key: 'communication_articulation', label: 'Produces target vowels and consonants intelligibly when singing', kind: 'imtap', domainKey: 'articulation', help: IMTAP_HELP },
          { key: 'communication_expressive', label: 'Uses words or phrases functionally in song and conversation', kind: 'imtap', domainKey: 'speech_language', help: IMTAP_HELP },
          { key: 'communication_breath', label: 'Sustains breath for a sung phrase', kind: 'imtap', domainKey: 'respiratory_function', help: IMTAP_HELP },
        ],
      },
      {
        key: 'musicality',
        title: 'Musicality',
        items: [
          { key: 'music_keeps_beat', label: 'Keeps a steady beat', kind: 'rating', min: 1, max: 5, anchors: [{ value: 1, label: 'Not yet' }, { value: 5, label: 'Steady at several tempi' }] },
          { key: 'music_sings', label: 'Sings or vocalises with music', kind: 'rating', min: 1, max: 5, anchors: [{ value: 1, label: 'Not yet' }, { value: 5, label: 'Sings whole songs in tune' }] },
          { key: 'music_responsiveness', label: 'Responsiveness to music overall', kind: 'rating', min: 1, max: 5, anchors: [{ value: 1, label: 'Little response' }, { value: 5, label: 'Highly responsive' }] },
        ],
      },
      {
        key: 'summary',
        title: 'Summary and recommendations',
        items: [
          { key: 'summary_needs', label: 'Primary needs', kind: 'text' },
          { key: 'summary_recommendation', label: 'Recommendation', kind: 'choice', choices: ['Accept for individual music therapy', 'Accept for group music therapy', 'Consultation only', 'Not recommended at this time'] },
          { key: 'summary_notes', label: 'Notes', kind: 'text' },
        ],
      },
    ],
  },
  {
    key: 'music_preference_inventory',
    name: 'Music preference inventory',
    populations: ['autism', 'down_syndrome', 'developmental_delay', 'school', 'pediatric_rehab', 'mental_health', 'tbi', 'physical_rehab', 'dementia', 'hospice', 'nicu', 'general'],
    sections: [
      {
        key: 'preferences',
        title: 'Preferences',
        items: [
          { key: 'genres', label: 'Favourite genres and styles', kind: 'text' },
          { key: 'songs', label: 'Favourite songs', kind: 'text' },
          { key: 'artists', label: 'Favourite artists, bands or composers', kind: 'text' },
          { key: 'instruments', label: 'Instruments played or liked', kind: 'text' },
          { key: 'era', label: 'Music from important periods of life (childhood, teens, young adulthood)', kind: 'text' },
          { key: 'cultural_sacred', label: 'Cultural, religious or sacred music', kind: 'text' },
          { key: 'family_songs', label: 'Songs of family significance (lullabies, wedding songs)', kind: 'text' },
        ],
      },
      {
        key: 'dislikes_and_uses',
        title: 'Dislikes and uses of music',
        items: [
          { key: 'dislikes', label: 'Music, sounds or songs disliked or to avoid (and why)', kind: 'text', help: 'Clinical information: a disliked or trauma-linked song can cause distress.' },
          { key: 'calming_music', label: 'Music that calms', kind: 'text' },
          { key: 'energising_music', label: 'Music that energises', kind: 'text' },
          { key: 'listening_habits', label: 'How often music is listened to', kind: 'choice', choices: ['Rarely', 'Weekly', 'Daily', 'Most of the day'] },
          { key: 'training', label: 'Musical training', kind: 'choice', choices: ['None', 'Some lessons', 'Plays or sings regularly', 'Professional or advanced'] },
          { key: 'sound_sensitivity', label: 'Sensitive to loud or sudden sounds', kind: 'boolean' },
          { key: 'hearing_aids', label: 'Uses hearing aids or cochlear implant', kind: 'boolean' },
          { key: 'informant', label: 'Information given by', kind: 'choice', choices: ['Client', 'Family member or carer', 'Staff', 'Several'] },
        ],
      },
    ],
  },
  {
    key: 'nicu_assessment',
    name: 'NICU music therapy assessment',
    populations: ['nicu'],
    references: [R.LAWRENCE_1993_NIPS, R.HUMMEL_2008_NPASS, R.NICU_DESIGN_STANDARDS_2019, R.AAP_1997_NOISE],
    sections: [
      {
        key: 'infant_status',
        title: 'Infant status',
        items: [
          { key: 'gestational_age_birth', label: 'Gestational age at birth', kind: 'number', min: 22, max: 44, unit: 'weeks' },
          { key: 'postmenstrual_age', label: 'Post-menstrual age today', kind: 'number', min: 22, max: 60, unit: 'weeks' },
          { key: 'weight', label: 'Current weight', kind: 'number', min: 300, max: 7000, unit: 'g' },
          { key: 'respiratory_support', label: 'Respiratory support', kind: 'choice', choices: ['Room air', 'Nasal cannula', 'High-flow', 'CPAP', 'Ventilator'] },
          { key: 'bed', label: 'Bed', kind: 'choice', choices: ['Closed incubator', 'Open crib', 'Radiant warmer'] },
          { key: 'medical_clearance', label: 'Cleared by the medical team for music therapy', kind: 'boolean' },
        ],
      },
      {
        key: 'baseline_physiology',
        title: 'Baseline physiological measures',
        items: [
          { key: 'heart_rate', label: 'Heart rate', kind: 'number', min: 20, max: 300, unit: '/min' },
          { key: 'spo2', label: 'Oxygen saturation (SpO2)', kind: 'number', min: 40, max: 100, unit: '%' },
          { key: 'respiratory_rate', label: 'Respiratory rate', kind: 'number', min: 0, max: 150, unit: '/min' },
          {
            key: 'behavioural_state',
            label: 'Behavioural state',
            kind: 'rating',
            min: 1,
            max: 6,
            anchors: [
              { value: 1, label: 'Deep sleep' },
              { value: 2, label: 'Light sleep' },
              { value: 3, label: 'Drowsy' },
              { value: 4, label: 'Quiet alert' },
              { value: 5, label: 'Active alert' },
              { value: 6, label: 'Crying' },
            ],
          },
          { key: 'stress_cues', label: 'Stress and self-regulation cues observed', kind: 'text', help: 'e.g., gaze aversion, finger splay, arching, hiccups, colour change; hand to mouth, grasping, sucking.' },
        ],
      },
      {
        key: 'pain',
        title: 'Pain and agitation',
        items: [
          {
            key: 'nips_score',
            label: 'Neonatal Infant Pain Scale (NIPS)',
            kind: 'rating',
            min: 0,
            max: 7,
            anchors: [
              { value: 0, label: 'No pain behaviours' },
              { value: 7, label: 'Maximum score' },
            ],
            help: 'NIPS (Lawrence et al., 1993): facial expression 0–1, cry 0–2, breathing pattern 0–1, arms 0–1, legs 0–1, state of arousal 0–1; total 0–7.',
          },
          {
            key: 'npass_pain_agitation',
            label: 'N-PASS pain/agitation score',
            kind: 'rating',
            min: 0,
            max: 10,
            anchors: [
              { value: 0, label: 'No signs of pain or agitation' },
              { value: 10, label: 'Maximum pain/agitation (before gestational-age points)' },
            ],
            help: 'N-PASS (Hummel et al., 2008): five criteria (crying/irritability, behaviour state, facial expression, extremities/tone, vital signs) scored 0–2; add the gestational-age points the unit uses for preterm infants.',
          },
          {
            key: 'npass_sedation',
            label: 'N-PASS sedation score',
            kind: 'rating',
            min: -10,
            max: 0,
            anchors: [
              { value: -10, label: 'Deep sedation' },
              { value: 0, label: 'No sedation' },
            ],
            help: 'N-PASS sedation: the same five criteria scored 0 to −2.',
          },
        ],
      },
      {
        key: 'feeding_and_environment',
        title: 'Feeding, family and environment',
        items: [
          { key: 'nns_present', label: 'Non-nutritive suck present', kind: 'boolean' },
          { key: 'feeding_method', label: 'Feeding method', kind: 'choice', choices: ['Gavage', 'Gavage and oral', 'Oral (bottle)', 'Breastfeeding', 'Mixed'] },
          { key: 'nns_with_music', label: 'Sustains non-nutritive suck with contingent music', kind: 'imtap', domainKey: 'feeding_oral_motor', help: IMTAP_HELP },
          { key: 'settles_with_music', label: 'Settles (lower heart rate, calmer state) with live lullaby', kind: 'imtap', domainKey: 'physiological_stability', help: IMTAP_HELP },
          { key: 'parent_present', label: 'Parent present', kind: 'boolean' },
          { key: 'parent_songs', label: 'Songs of family significance', kind: 'text' },
          { key: 'parent_stress', label: 'Parent-reported stress', ...ZERO_TO_TEN('No stress', 'Extreme stress') },
          { key: 'ambient_sound', label: 'Ambient sound level at the bedside', kind: 'number', min: 20, max: 110, unit: 'dBA', help: 'Measured with a sound-level meter, A-weighted, slow response, about 3 feet from the bed. The current Recommended Standards for Newborn ICU Design (9th edition, 2019, Standard 28) design infant rooms for an L50 of 45 dBA and an L10 of 65 dBA, measured that way.' },
        ],
      },
    ],
  },
  {
    key: 'hospice_assessment',
    name: 'Hospice and palliative care music therapy assessment',
    populations: ['hospice'],
    references: [R.HILLIARD_2005_REVIEW],
    sections: [
      {
        key: 'symptoms',
        title: 'Symptoms',
        items: [
          { key: 'pain_nrs', label: 'Pain, Numeric Rating Scale (0–10)', ...ZERO_TO_TEN('No pain', 'Worst pain imaginable') },
          {
            key: 'pain_faces',
            label: 'Pain, Wong-Baker FACES Pain Rating Scale (0–10)',
            kind: 'rating',
            min: 0,
            max: 10,
            anchors: [
              { value: 0, label: 'No hurt' },
              { value: 2, label: 'Hurts little bit' },
              { value: 4, label: 'Hurts little more' },
              { value: 6, label: 'Hurts even more' },
              { value: 8, label: 'Hurts whole lot' },
              { value: 10, label: 'Hurts worst' },
            ],
            help: 'Use when numbers are hard for the patient; scored 0, 2, 4, 6, 8 or 10.',
          },
          { key: 'anxiety', label: 'Anxiety (0–10)', ...ZERO_TO_TEN('No anxiety', 'Worst possible anxiety') },
          { key: 'shortness_of_breath', label: 'Shortness of breath (0–10)', ...ZERO_TO_TEN('None', 'Worst possible') },
          { key: 'comfort_observed', label: 'Observed comfort', kind: 'rating', min: 1, max: 5, anchors: [{ value: 1, label: 'Distressed' }, { value: 5, label: 'Visibly comfortable' }] },
        ],
      },
      {
        key: 'needs',
        title: 'Needs',
        items: [
          { key: 'physical_needs', label: 'Physical needs (pain, breathing, restlessness, positioning)', kind: 'text' },
          { key: 'emotional_needs', label: 'Emotional needs (fear, grief, anger, hope)', kind: 'text' },
          { key: 'social_needs', label: 'Social needs (isolation, family relationships, unfinished business)', kind: 'text' },
          { key: 'spiritual_needs', label: 'Spiritual needs (meaning, faith, legacy)', kind: 'text' },
          { key: 'engages_life_review', label: 'Engages in life review or legacy work when invited', kind: 'imtap', domainKey: 'spiritual_legacy', help: IMTAP_HELP },
          { key: 'relaxes_with_music', label: 'Relaxes with music', kind: 'imtap', domainKey: 'comfort_quality_of_life', help: IMTAP_HELP },
          { key: 'uses_music_to_cope', label: 'Uses music to cope', kind: 'imtap', domainKey: 'coping', help: IMTAP_HELP },
        ],
      },
      {
        key: 'family_and_context',
        title: 'Family and context',
        items: [
          { key: 'family_present', label: 'Family present', kind: 'boolean' },
          { key: 'family_members', label: 'Who was present', kind: 'text' },
          { key: 'communication_ability', label: 'Communication', kind: 'choice', choices: ['Verbal', 'Limited verbal', 'Non-verbal', 'Unresponsive'] },
          { key: 'goals_of_care', label: 'Patient and family goals for music therapy', kind: 'text' },
        ],
      },
    ],
  },
  {
    key: 'dementia_assessment',
    name: 'Dementia music therapy assessment',
    populations: ['dementia'],
    references: [R.MCDERMOTT_2015_MIDAS_DEVELOPMENT, R.MCDERMOTT_2014_MIDAS_PSYCHOMETRIC],
    sections: [
      {
        key: 'orientation',
        title: 'Orientation',
        items: [
          { key: 'oriented_person', label: 'Oriented to person (own name)', kind: 'boolean' },
          { key: 'oriented_place', label: 'Oriented to place', kind: 'boolean' },
          { key: 'oriented_time', label: 'Oriented to time (day, month or season)', kind: 'boolean' },
          { key: 'cognitive_screen', label: 'Most recent cognitive screening score, if available (e.g., MMSE 0–30)', kind: 'number', min: 0, max: 30 },
          { key: 'responds_to_name_song', label: 'Responds to own name in the greeting song', kind: 'imtap', domainKey: 'orientation', help: IMTAP_HELP },
        ],
      },
      {
        key: 'agitation',
        title: 'Agitation and behaviour',
        items: [
          { key: 'agitation_level', label: 'Observed agitation', kind: 'rating', min: 1, max: 5, anchors: [{ value: 1, label: 'Calm' }, { value: 5, label: 'Severe agitation' }] },
          { key: 'agitation_triggers', label: 'Known triggers and times of peak agitation', kind: 'text' },
          { key: 'calming_strategies', label: 'What helps (including music)', kind: 'text' },
        ],
      },
      {
        key: 'music_engagement',
        title: 'Music engagement (MiDAS-style ratings)',
        items: [
          { key: 'midas_interest', label: 'Interest', kind: 'rating', min: 0, max: 10, anchors: [{ value: 0, label: 'None' }, { value: 10, label: 'Highest level for this person' }], help: 'Rated in the style of the Music in Dementia Assessment Scales (MiDAS) items: interest, response, initiation, involvement, enjoyment.' },
          { key: 'midas_response', label: 'Response', kind: 'rating', min: 0, max: 10, anchors: [{ value: 0, label: 'None' }, { value: 10, label: 'Highest level for this person' }] },
          { key: 'midas_initiation', label: 'Initiation', kind: 'rating', min: 0, max: 10, anchors: [{ value: 0, label: 'None' }, { value: 10, label: 'Highest level for this person' }] },
          { key: 'midas_involvement', label: 'Involvement', kind: 'rating', min: 0, max: 10, anchors: [{ value: 0, label: 'None' }, { value: 10, label: 'Highest level for this person' }] },
          { key: 'midas_enjoyment', label: 'Enjoyment', kind: 'rating', min: 0, max: 10, anchors: [{ value: 0, label: 'None' }, { value: 10, label: 'Highest level for this person' }] },
          { key: 'sings_familiar_songs', label: 'Sings along to familiar songs', kind: 'imtap', domainKey: 'memory_reminiscence', help: IMTAP_HELP },
          { key: 'shares_memories', label: 'Shares memories prompted by music', kind: 'imtap', domainKey: 'memory_reminiscence', help: IMTAP_HELP },
          { key: 'joins_group', label: 'Joins group music activities', kind: 'imtap', domainKey: 'structured_group_engagement', help: IMTAP_HELP },
          { key: 'initiates_contact', label: 'Initiates contact with others during music', kind: 'imtap', domainKey: 'initiation_of_social_contact', help: IMTAP_HELP },
        ],
      },
    ],
  },
  {
    key: 'mental_health_assessment',
    name: 'Mental health music therapy assessment',
    populations: ['mental_health'],
    sections: [
      {
        key: 'self_ratings',
        title: 'Self-ratings',
        items: [
          { key: 'mood_self_rating', label: 'Mood (0–10)', ...ZERO_TO_TEN('Worst mood', 'Best mood') },
          { key: 'anxiety_self_rating', label: 'Anxiety (0–10)', ...ZERO_TO_TEN('No anxiety', 'Worst possible anxiety') },
          { key: 'stress_self_rating', label: 'Stress (0–10)', ...ZERO_TO_TEN('No stress', 'Extreme stress') },
        ],
      },
      {
        key: 'presentation',
        title: 'Presentation and safety',
        items: [
          { key: 'presenting_concerns', label: 'Presenting concerns', kind: 'text' },
          { key: 'current_coping', label: 'Current coping strategies (including music use)', kind: 'text' },
          { key: 'safety_concern', label: 'Safety concern identified and referred per agency protocol', kind: 'boolean', help: 'Music therapy does not replace the agency\'s risk assessment; record that the protocol was followed.' },
          { key: 'group_suitability', label: 'Suitable for', kind: 'choice', choices: ['Individual sessions', 'Group sessions', 'Either'] },
        ],
      },
      {
        key: 'domains',
        title: 'Domain ratings',
        items: [
          { key: 'mh_identifies_emotions', label: 'Identifies own emotions', kind: 'imtap', domainKey: 'emotion_identification', help: IMTAP_HELP },
          { key: 'mh_explores_emotions', label: 'Explores feelings through lyrics, songwriting or improvisation', kind: 'imtap', domainKey: 'emotion_exploration', help: IMTAP_HELP },
          { key: 'mh_uses_coping', label: 'Uses healthy coping strategies', kind: 'imtap', domainKey: 'coping', help: IMTAP_HELP },
          { key: 'mh_group_engagement', label: 'Engages in structured group activities', kind: 'imtap', domainKey: 'structured_group_engagement', help: IMTAP_HELP },
          { key: 'mh_decisions', label: 'Makes and follows through on decisions', kind: 'imtap', domainKey: 'decision_making', help: IMTAP_HELP },
          { key: 'mh_present', label: 'Is grounded and oriented to the present', kind: 'imtap', domainKey: 'emotional_orientation', help: IMTAP_HELP },
        ],
      },
    ],
  },
];
