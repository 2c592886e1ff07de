/**
 * Validated scales as assessment templates: PAINAD, FLACC, ESAS-r, PPSv2, GAD-7, PHQ-9, CMAI.
 * Items, response options, ranges and severity bands are the published ones (references.ts);
 * a scale whose source gives no cut-offs has no bands here, and what could not be confirmed
 * against a published record is left out and said so in the help text.
 */
import type { AssessmentItemInput, AssessmentTemplateInput } from '../domain/content.js';
import * as R from './references.js';

/** A behaviour rated 0, 1 or 2 against the scale's three published descriptors. */
function zeroToTwo(key: string, label: string, d0: string, d1: string, d2: string): AssessmentItemInput {
  return { key, label, kind: 'rating', min: 0, max: 2, anchors: [{ value: 0, label: d0 }, { value: 1, label: d1 }, { value: 2, label: d2 }] };
}

/** The PHQ-9 and GAD-7 response options, scored 0–3. */
const OVER_TWO_WEEKS = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];
const twoWeeks = (key: string, label: string): AssessmentItemInput => ({ key, label, kind: 'rating', min: 0, max: 3, anchors: OVER_TWO_WEEKS });

/** An ESAS-r symptom rated now, 0 (none / best) to 10 (worst possible). */
function esas(key: string, label: string, best: string, worst: string, help?: string): AssessmentItemInput {
  return { key, label, kind: 'rating', min: 0, max: 10, anchors: [{ value: 0, label: best }, { value: 10, label: worst }], ...(help ? { help } : {}) };
}

/** The CMAI frequency scale over the last two weeks, 1–7. */
const CMAI_FREQUENCY = [
  { value: 1, label: 'Never' },
  { value: 2, label: 'Less than once a week' },
  { value: 3, label: 'Once or twice a week' },
  { value: 4, label: 'Several times a week' },
  { value: 5, label: 'Once or twice a day' },
  { value: 6, label: 'Several times a day' },
  { value: 7, label: 'Several times an hour' },
];
/** The 29 CMAI behaviours, in the order of the published form (Cohen-Mansfield, Marx & Rosenthal, 1989). */
const CMAI_BEHAVIOURS: [string, string][] = [
  ['cmai_pacing', 'Pace, aimless wandering'],
  ['cmai_disrobing', 'Inappropriate dress or disrobing'],
  ['cmai_spitting', 'Spitting (include at meals)'],
  ['cmai_cursing', 'Cursing or verbal aggression'],
  ['cmai_requests_attention', 'Constant unwarranted request for attention or help'],
  ['cmai_repetitive_questions', 'Repetitive sentences or questions'],
  ['cmai_hitting', 'Hitting (include self)'],
  ['cmai_kicking', 'Kicking'],
  ['cmai_grabbing', 'Grabbing onto people'],
  ['cmai_pushing', 'Pushing'],
  ['cmai_throwing', 'Throwing things'],
  ['cmai_strange_noises', 'Strange noises (weird laughter or crying)'],
  ['cmai_screaming', 'Screaming'],
  ['cmai_biting', 'Biting'],
  ['cmai_scratching', 'Scratching'],
  ['cmai_leaving', 'Trying to get to a different place (e.g., out of the building)'],
  ['cmai_intentional_falling', 'Intentional falling'],
  ['cmai_complaining', 'Complaining'],
  ['cmai_negativism', 'Negativism'],
  ['cmai_inappropriate_substances', 'Eating or drinking inappropriate substances'],
  ['cmai_hurt_self_or_others', 'Hurt self or others (cigarette, hot water, etc.)'],
  ['cmai_handling_things', 'Handling things inappropriately'],
  ['cmai_hiding', 'Hiding things'],
  ['cmai_hoarding', 'Hoarding things'],
  ['cmai_destroying_property', 'Tearing things or destroying property'],
  ['cmai_repetitious_mannerisms', 'Performing repetitious mannerisms'],
  ['cmai_verbal_sexual_advances', 'Making verbal sexual advances'],
  ['cmai_physical_sexual_advances', 'Making physical sexual advances'],
  ['cmai_general_restlessness', 'General restlessness'],
];

const PAINAD_ITEMS = [
  zeroToTwo('painad_breathing', 'Breathing, independent of vocalization', 'Normal', 'Occasional laboured breathing; short period of hyperventilation', 'Noisy laboured breathing; long period of hyperventilation; Cheyne-Stokes respirations'),
  zeroToTwo('painad_vocalization', 'Negative vocalization', 'None', 'Occasional moan or groan; low-level speech with a negative or disapproving quality', 'Repeated troubled calling out; loud moaning or groaning; crying'),
  zeroToTwo('painad_facial_expression', 'Facial expression', 'Smiling or inexpressive', 'Sad, frightened, frown', 'Facial grimacing'),
  zeroToTwo('painad_body_language', 'Body language', 'Relaxed', 'Tense; distressed pacing; fidgeting', 'Rigid; fists clenched; knees pulled up; pulling or pushing away; striking out'),
  zeroToTwo('painad_consolability', 'Consolability', 'No need to console', 'Distracted or reassured by voice or touch', 'Unable to console, distract or reassure'),
];

const FLACC_ITEMS = [
  zeroToTwo('flacc_face', 'Face', 'No particular expression or smile', 'Occasional grimace or frown, withdrawn, disinterested', 'Frequent to constant frown, clenched jaw, quivering chin'),
  zeroToTwo('flacc_legs', 'Legs', 'Normal position or relaxed', 'Uneasy, restless, tense', 'Kicking, or legs drawn up'),
  zeroToTwo('flacc_activity', 'Activity', 'Lying quietly, normal position, moves easily', 'Squirming, shifting back and forth, tense', 'Arched, rigid or jerking'),
  zeroToTwo('flacc_cry', 'Cry', 'No cry (awake or asleep)', 'Moans or whimpers, occasional complaint', 'Crying steadily, screams or sobs, frequent complaints'),
  zeroToTwo('flacc_consolability', 'Consolability', 'Content, relaxed', 'Reassured by occasional touching, hugging or being talked to; distractible', 'Difficult to console or comfort'),
];

const GAD7_ITEMS = [
  twoWeeks('gad7_nervous', 'Feeling nervous, anxious or on edge'),
  twoWeeks('gad7_control_worrying', 'Not being able to stop or control worrying'),
  twoWeeks('gad7_worrying_too_much', 'Worrying too much about different things'),
  twoWeeks('gad7_trouble_relaxing', 'Trouble relaxing'),
  twoWeeks('gad7_restless', 'Being so restless that it is hard to sit still'),
  twoWeeks('gad7_irritable', 'Becoming easily annoyed or irritable'),
  twoWeeks('gad7_afraid', 'Feeling afraid as if something awful might happen'),
];

const PHQ9_ITEMS = [
  twoWeeks('phq9_interest', 'Little interest or pleasure in doing things'),
  twoWeeks('phq9_down', 'Feeling down, depressed, or hopeless'),
  twoWeeks('phq9_sleep', 'Trouble falling or staying asleep, or sleeping too much'),
  twoWeeks('phq9_tired', 'Feeling tired or having little energy'),
  twoWeeks('phq9_appetite', 'Poor appetite or overeating'),
  twoWeeks('phq9_feeling_bad', 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down'),
  twoWeeks('phq9_concentrating', 'Trouble concentrating on things, such as reading the newspaper or watching television'),
  twoWeeks('phq9_psychomotor', 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual'),
  {
    ...twoWeeks('phq9_self_harm', 'Thoughts that you would be better off dead or of hurting yourself in some way'),
    help: "Any answer other than 'Not at all' is followed up at once under the agency's risk-assessment protocol; music therapy does not replace it, and the total score does not either.",
  },
];

const keys = (items: readonly AssessmentItemInput[]) => items.map((i) => i.key);

export const assessmentScales: AssessmentTemplateInput[] = [
  {
    key: 'painad',
    name: 'Pain Assessment in Advanced Dementia (PAINAD)',
    populations: ['dementia', 'hospice'],
    references: [R.WARDEN_2003_PAINAD],
    sections: [
      {
        key: 'painad_observation',
        title: 'Observed behaviour',
        items: PAINAD_ITEMS.map((i, n) => (n === 0 ? { ...i, help: 'An observational scale for people with advanced dementia who cannot report pain: rate each of the five behaviours 0, 1 or 2 against its descriptors and add them (0–10). No severity cut-offs are given here: none could be confirmed against the published source.' } : i)),
      },
    ],
    scoring: { kind: 'sum', items: keys(PAINAD_ITEMS), range: [0, 10] },
  },
  {
    key: 'flacc',
    name: 'FLACC behavioural pain scale (Face, Legs, Activity, Cry, Consolability)',
    populations: ['pediatric_rehab', 'developmental_delay', 'general'],
    references: [R.MERKEL_1997_FLACC],
    sections: [
      {
        key: 'flacc_observation',
        title: 'Observed behaviour',
        items: FLACC_ITEMS.map((i, n) => (n === 0 ? { ...i, help: 'Developed for postoperative pain in young children: rate each category 0, 1 or 2 and add them (0–10). No severity cut-offs are given here: none could be confirmed against the original publication. The revised FLACC (r-FLACC) for children with cognitive impairment adds descriptors that could not be confirmed, so it is not offered.' } : i)),
      },
    ],
    scoring: { kind: 'sum', items: keys(FLACC_ITEMS), range: [0, 10] },
  },
  {
    key: 'esas_r',
    name: 'Edmonton Symptom Assessment System, revised (ESAS-r)',
    populations: ['hospice'],
    references: [R.BRUERA_1991_ESAS, R.WATANABE_2011_ESAS_R],
    sections: [
      {
        key: 'esas_now',
        title: 'How the patient feels now',
        items: [
          esas('esas_pain', 'Pain', 'No pain', 'Worst possible pain', 'Each symptom is rated as the patient feels it NOW, 0 to 10. The ratings are recorded one by one; no total or cut-off is computed here.'),
          esas('esas_tiredness', 'Tiredness (lack of energy)', 'No tiredness', 'Worst possible tiredness'),
          esas('esas_drowsiness', 'Drowsiness (feeling sleepy)', 'No drowsiness', 'Worst possible drowsiness'),
          esas('esas_nausea', 'Nausea', 'No nausea', 'Worst possible nausea'),
          esas('esas_appetite', 'Lack of appetite', 'No lack of appetite', 'Worst possible lack of appetite'),
          esas('esas_shortness_of_breath', 'Shortness of breath', 'No shortness of breath', 'Worst possible shortness of breath'),
          esas('esas_depression', 'Depression (feeling sad)', 'No depression', 'Worst possible depression'),
          esas('esas_anxiety', 'Anxiety (feeling nervous)', 'No anxiety', 'Worst possible anxiety'),
          esas('esas_wellbeing', 'Wellbeing (how you feel overall)', 'Best wellbeing', 'Worst possible wellbeing'),
          { key: 'esas_other_problem', label: 'Other problem (for example, constipation)', kind: 'text' },
          esas('esas_other_rating', 'Other problem, rating', 'None', 'Worst possible'),
          { key: 'esas_completed_by', label: 'Completed by', kind: 'choice', choices: ['Patient', 'Family caregiver', 'Health care professional caregiver'] },
        ],
      },
    ],
  },
  {
    key: 'pps_v2',
    name: 'Palliative Performance Scale, version 2 (PPSv2)',
    populations: ['hospice'],
    references: [R.ANDERSON_1996_PPS],
    sections: [
      {
        key: 'pps_level',
        title: 'Performance status',
        items: [
          {
            key: 'pps_level',
            label: 'PPS level',
            kind: 'rating',
            min: 0,
            max: 100,
            step: 10,
            unit: '%',
            anchors: [{ value: 0, label: 'Death' }, { value: 100, label: 'Healthy' }],
            help: 'Levels run from 100 % to 0 % in steps of 10, judged as the best horizontal fit across five parameters (ambulation, activity and evidence of disease, self-care, intake, conscious level), the leftward columns taking precedence; the parameters are not scored or averaged. The PPSv2 is copyrighted by Victoria Hospice Society and used with its permission (use in an electronic record needs its own request), so its descriptor table is not reproduced here: rate from the licensed form and record the level.',
          },
        ],
      },
    ],
  },
  {
    key: 'gad7',
    name: 'Generalized Anxiety Disorder 7-item scale (GAD-7)',
    populations: ['mental_health', 'general'],
    references: [R.SPITZER_2006_GAD7],
    sections: [
      {
        key: 'gad7_items',
        title: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
        items: GAD7_ITEMS.map((i, n) => (n === 0 ? { ...i, help: 'Self-report; each item 0 (not at all) to 3 (nearly every day), total 0–21. Scores of 5, 10 and 15 are the published cut points for mild, moderate and severe anxiety. A screen, not a diagnosis.' } : i)),
      },
    ],
    scoring: {
      kind: 'sum',
      items: keys(GAD7_ITEMS),
      range: [0, 21],
      bands: [
        { min: 0, max: 4, label: 'Below the mild cut point' },
        { min: 5, max: 9, label: 'Mild' },
        { min: 10, max: 14, label: 'Moderate' },
        { min: 15, max: 21, label: 'Severe' },
      ],
    },
  },
  {
    key: 'phq9',
    name: 'Patient Health Questionnaire, depression module (PHQ-9)',
    populations: ['mental_health', 'general'],
    references: [R.KROENKE_2001_PHQ9],
    sections: [
      {
        key: 'phq9_items',
        title: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
        items: PHQ9_ITEMS.map((i, n) => (n === 0 ? { ...i, help: 'Self-report; each item 0 (not at all) to 3 (nearly every day), total 0–27. Scores of 5, 10, 15 and 20 are the published cut points for mild, moderate, moderately severe and severe depression. A screen, not a diagnosis.' } : i)),
      },
      {
        key: 'phq9_function',
        title: 'Functioning',
        items: [
          {
            key: 'phq9_difficulty',
            label: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
            kind: 'choice',
            choices: ['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult'],
            help: 'Not part of the total score.',
          },
        ],
      },
    ],
    scoring: {
      kind: 'sum',
      items: keys(PHQ9_ITEMS),
      range: [0, 27],
      bands: [
        { min: 0, max: 4, label: 'Below the mild cut point' },
        { min: 5, max: 9, label: 'Mild' },
        { min: 10, max: 14, label: 'Moderate' },
        { min: 15, max: 19, label: 'Moderately severe' },
        { min: 20, max: 27, label: 'Severe' },
      ],
    },
  },
  {
    key: 'cmai',
    name: 'Cohen-Mansfield Agitation Inventory (CMAI)',
    populations: ['dementia'],
    references: [R.COHEN_MANSFIELD_1989_AGITATION, R.COHEN_MANSFIELD_1991_CMAI_MANUAL],
    sections: [
      {
        key: 'cmai_behaviours',
        title: 'How often each behaviour was shown in the last 2 weeks',
        items: CMAI_BEHAVIOURS.map(([key, label], n) => ({
          key,
          label,
          kind: 'rating' as const,
          min: 1,
          max: 7,
          anchors: CMAI_FREQUENCY,
          ...(n === 0
            ? { help: 'Rated by a caregiver who knows the person: each of the 29 behaviours 1 (never) to 7 (several times an hour), total 29–203. No cut-offs are given here. The behaviour definitions of the instruction manual (© 1991 Cohen-Mansfield) are not reproduced; assessors use the manual.' }
            : {}),
        })),
      },
    ],
    scoring: { kind: 'sum', items: CMAI_BEHAVIOURS.map(([key]) => key), range: [29, 203] },
  },
];
