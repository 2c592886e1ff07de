import { describe, expect, it } from 'vitest';
import {
  GOAL_CATEGORIES,
  IMTAP_BASELINE_PERCENT,
  TECHNIQUES,
  objectiveTemplateSchema,
  suggestGoalsFromAssessment,
  type AssessmentTemplate,
} from '../domain/content.js';
import { MEASUREMENT_TYPES } from '../domain/measurement.js';
import { CONTENT_FILES, ContentValidationError, loadContent, validateContent, type ContentFile } from './index.js';

const content = loadContent();

/** A deep copy of the shipped files, so a test can break one item without touching the rest. */
type MutableFile = ContentFile & { items: unknown[] };
function copyFiles(): MutableFile[] {
  return CONTENT_FILES.map((f) => ({ ...f, items: structuredClone(f.items) as unknown[] }));
}
function fileOf(files: MutableFile[], name: string): MutableFile {
  const f = files.find((x) => x.file.endsWith(name));
  if (!f) throw new Error(`no content file ${name}`);
  return f;
}
function errorOf(fn: () => unknown): ContentValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ContentValidationError) return e;
    throw e;
  }
  throw new Error('expected a ContentValidationError');
}

describe('shipped content', () => {
  it('validates in full', () => {
    expect(() => loadContent()).not.toThrow();
    expect(content.goalDomains).toHaveLength(32);
    expect(content.assessmentTemplates.length).toBeGreaterThanOrEqual(6);
  });

  it('has the founding text\'s eighteen goal areas and the settings\' additional domains', () => {
    const keys = new Set(content.goalDomains.map((d) => d.key));
    for (const key of [
      'social_skills', 'self_regulation', 'attention', 'creative_expression', 'emotional_orientation', 'novel_ideation',
      'emotion_identification', 'fine_motor', 'engagement_with_others', 'emotion_exploration', 'gross_motor',
      'executive_functioning', 'inhibition', 'academic_skills', 'structured_group_engagement', 'articulation',
      'initiation_of_social_contact', 'decision_making', 'pain', 'anxiety', 'physiological_stability',
      'feeding_oral_motor', 'comfort_quality_of_life', 'spiritual_legacy', 'memory_reminiscence', 'orientation',
      'agitation', 'speech_language', 'gait_mobility', 'respiratory_function', 'mood', 'coping',
    ]) expect(keys, key).toContain(key);
    expect(new Set(content.goalDomains.map((d) => d.category))).toEqual(new Set(GOAL_CATEGORIES));
  });

  it('gives every domain at least three objective templates, each pointing at a domain that exists', () => {
    const domainKeys = new Set(content.goalDomains.map((d) => d.key));
    for (const t of content.objectiveTemplates) expect(domainKeys, t.key).toContain(t.domainKey);
    for (const d of content.goalDomains) {
      const n = content.objectiveTemplates.filter((t) => t.domainKey === d.key).length;
      expect(n, d.key).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives a template whose condition asks for at least N opportunities or trials that minimum, so fewer do not count', () => {
    let asked = 0;
    for (const t of content.objectiveTemplates) {
      const m = /at least (\d+) (?:opportunities|trials)/.exec(t.condition ?? '');
      const min = 'minOpportunities' in t.measurement ? t.measurement.minOpportunities : undefined;
      if (m) asked++;
      expect(min, t.key).toBe(m ? Number(m[1]) : undefined);
    }
    expect(asked).toBeGreaterThanOrEqual(6);
  });

  it('measures objectives with all nine measurement types', () => {
    const used = new Set(content.objectiveTemplates.map((t) => t.measurement.type));
    expect(used).toEqual(new Set(MEASUREMENT_TYPES));
  });

  it('aims pain, anxiety and agitation objectives at a decrease', () => {
    for (const t of content.objectiveTemplates.filter((x) => ['pain', 'anxiety', 'agitation'].includes(x.domainKey)))
      expect(t.direction, t.key).toBe('decrease');
  });

  it('has at least 40 interventions covering every technique, each serving an existing domain with music elements', () => {
    expect(content.interventions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(content.interventions.map((i) => i.technique))).toEqual(new Set(TECHNIQUES));
    const domainKeys = new Set(content.goalDomains.map((d) => d.key));
    for (const i of content.interventions) {
      expect(i.musicElements.length, i.key).toBeGreaterThanOrEqual(1);
      expect(i.goalDomains.some((k) => domainKeys.has(k)), i.key).toBe(true);
      for (const k of i.goalDomains) expect(domainKeys, `${i.key} → ${k}`).toContain(k);
      expect(i.procedure.length, i.key).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives NICU interventions precautions about sound levels and overstimulation', () => {
    for (const i of content.interventions.filter((x) => x.populations.includes('nicu'))) {
      const text = i.precautions.join(' ');
      expect(text, i.key).toMatch(/dBA/);
      expect(text, i.key).toMatch(/overstimulation/i);
    }
  });

  it('files each neurologic music therapy technique of the taxonomy as its own technique, citing the handbook', () => {
    const byTechnique = (t: string) => content.interventions.filter((i) => i.technique === t);
    for (const t of [
      'patterned_sensory_enhancement', 'symbolic_communication_training', 'rhythmic_speech_cueing', 'musical_speech_stimulation',
      'developmental_speech_language_training', 'vocal_intonation_therapy', 'auditory_perception_training',
      'musical_sensory_orientation_training', 'musical_neglect_training', 'musical_mnemonics_training', 'associative_mood_memory_training',
    ]) {
      expect(byTechnique(t).length, t).toBeGreaterThanOrEqual(1);
      for (const i of byTechnique(t)) expect(i.references.map((r) => r.title), i.key).toContain('Handbook of Neurologic Music Therapy');
    }
    expect(content.interventions.find((i) => i.key === 'pse_sit_to_stand')?.technique).toBe('patterned_sensory_enhancement');
    // Auditory-motor mapping training stays under melodic intonation, apart from associative mood and memory training.
    expect(content.interventions.find((i) => i.key === 'auditory_motor_mapping_training')?.technique).toBe('melodic_intonation_therapy');
  });

  it('gives melodic intonation therapy its indication and the left-hand tapping of the sources', () => {
    const mit = content.interventions.find((i) => i.key === 'melodic_intonation_phrases')!;
    const text = mit.procedure.join(' ');
    expect(text).toMatch(/non-fluent .*aphasia/);
    expect(text).toMatch(/comprehension is relatively preserved/);
    expect(text).toMatch(/left hand/);
    expect(mit.references.map((r) => r.authors.split(',')[0])).toEqual(['Albert', 'Norton', 'Zumbansen']);
  });

  it('states NICU sound levels by the current design standard, not the 1999 nursery criteria', () => {
    const nicuText = [
      ...content.interventions.filter((i) => i.populations.includes('nicu')).flatMap((i) => i.precautions),
      ...content.assessmentTemplates.filter((a) => a.populations.includes('nicu')).flatMap((a) => a.sections.flatMap((s) => s.items.map((i) => i.help ?? ''))),
    ].join(' ');
    expect(nicuText).toMatch(/L50 of 45 dBA and an L10 of 65 dBA/);
    expect(nicuText).not.toMatch(/Leq 50|Lmax 70|70 dBA|Philbin/);
  });

  it('cites references that name a journal or a source', () => {
    const refs = content.interventions.flatMap((i) => i.references);
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(r.journal ?? r.source, r.title).toBeTruthy();
  });

  it('never lets two items of a kind share a key or a name', () => {
    const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dupes(content.goalDomains.map((d) => d.key))).toEqual([]);
    expect(dupes(content.goalDomains.map((d) => d.name))).toEqual([]);
    expect(dupes(content.objectiveTemplates.map((t) => t.key))).toEqual([]);
    expect(dupes(content.interventions.map((i) => i.key))).toEqual([]);
    expect(dupes(content.interventions.map((i) => i.name))).toEqual([]);
    expect(dupes(content.assessmentTemplates.map((a) => a.key))).toEqual([]);
    expect(dupes(content.assessmentTemplates.map((a) => a.name))).toEqual([]);
  });

  it('ships the assessment templates the clinic needs, with published scale ranges', () => {
    const byKey = new Map(content.assessmentTemplates.map((a) => [a.key, a]));
    for (const key of ['intake_imtap', 'music_preference_inventory', 'nicu_assessment', 'hospice_assessment', 'dementia_assessment', 'mental_health_assessment'])
      expect(byKey.has(key), key).toBe(true);
    const item = (t: string, i: string) => byKey.get(t)!.sections.flatMap((s) => s.items).find((x) => x.key === i);
    expect(item('nicu_assessment', 'nips_score')).toMatchObject({ kind: 'rating', min: 0, max: 7 });
    expect(item('nicu_assessment', 'behavioural_state')).toMatchObject({ min: 1, max: 6 });
    expect(item('hospice_assessment', 'pain_nrs')).toMatchObject({ min: 0, max: 10 });
    expect(item('hospice_assessment', 'pain_faces')?.anchors?.map((a) => a.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(item('hospice_assessment', 'family_present')?.kind).toBe('boolean');
    for (const m of ['interest', 'response', 'initiation', 'involvement', 'enjoyment'])
      expect(item('dementia_assessment', `midas_${m}`)?.kind).toBe('rating');
    for (const m of ['genres', 'songs', 'artists', 'instruments', 'dislikes'])
      expect(item('music_preference_inventory', m)?.kind).toBe('text');
    const intakeImtap = byKey.get('intake_imtap')!.sections.flatMap((s) => s.items).filter((i) => i.kind === 'imtap');
    expect(intakeImtap.length).toBeGreaterThanOrEqual(15);
    for (const i of intakeImtap) expect(i.domainKey, i.key).toBeDefined();
  });
});

describe('content validation errors', () => {
  it('name the file and field path of a malformed intervention', () => {
    const files = copyFiles();
    const broken = fileOf(files, 'interventions-developmental.ts').items[2] as { musicElements: { element: string }[] };
    broken.musicElements[0]!.element = 'groove';
    const err = errorOf(() => validateContent(files));
    expect(err.message).toContain('src/content/interventions-developmental.ts: interventions[2].musicElements[0].element');
    expect(err.problems).toHaveLength(1);
  });

  it('name the missing domain an objective template points at', () => {
    const files = copyFiles();
    (fileOf(files, 'objective-templates-medical.ts').items[4] as { domainKey: string }).domainKey = 'worry';
    const err = errorOf(() => validateContent(files));
    expect(err.problems).toEqual([
      {
        file: 'src/content/objective-templates-medical.ts',
        path: 'objectiveTemplates[4].domainKey',
        message: 'no goal domain has the key "worry"',
      },
    ]);
  });

  it('catch an objective whose words disagree with its criterion', () => {
    const files = copyFiles();
    const t = fileOf(files, 'objective-templates-social-emotional.ts').items[0] as { criterion: { value: number } };
    t.criterion.value = 90; // the text still says 80 %
    const err = errorOf(() => validateContent(files));
    expect(err.message).toContain('src/content/objective-templates-social-emotional.ts: objectiveTemplates[0].text: text must state the criterion value 90');
  });

  it('catch a duplicate key across files and say where the first one is', () => {
    const files = copyFiles();
    const first = fileOf(files, 'interventions-neurologic.ts').items[0] as { key: string };
    (fileOf(files, 'interventions-psychosocial.ts').items[1] as { key: string }).key = first.key;
    const err = errorOf(() => validateContent(files));
    expect(err.problems[0]).toMatchObject({ file: 'src/content/interventions-psychosocial.ts', path: 'interventions[1].key' });
    expect(err.problems[0]!.message).toContain('src/content/interventions-neurologic.ts');
  });

  it('catch an intervention that serves no existing domain and an assessment item with an unknown domain', () => {
    const files = copyFiles();
    (fileOf(files, 'interventions-nicu-hospice-dementia.ts').items[0] as { goalDomains: string[] }).goalDomains = ['sleep'];
    const intake = fileOf(files, 'assessment-templates.ts').items[0] as { sections: { items: { domainKey?: string }[] }[] };
    intake.sections[1]!.items[0]!.domainKey = 'eye_gaze';
    const paths = errorOf(() => validateContent(files)).problems.map((p) => `${p.file}: ${p.path}`);
    expect(paths).toEqual([
      'src/content/interventions-nicu-hospice-dementia.ts: interventions[0].goalDomains[0]',
      'src/content/assessment-templates.ts: assessmentTemplates[0].sections[1].items[0].domainKey',
    ]);
  });
});

describe('objective template consistency', () => {
  const base = {
    key: 'x',
    domainKey: 'pain',
    text: 'Client will report a decrease of at least 2 points on the 0–10 pain scale in 4 of 5 sessions.',
    behaviour: 'Self-reported pain.',
    condition: 'Before and after relaxation.',
    measurement: { type: 'pre_post', scaleName: 'NRS', min: 0, max: 10 },
    criterion: { comparator: '<=', value: -2, window: { kind: 'of-last', met: 4, sessions: 5 }, minSessions: 5 },
    direction: 'decrease',
    populations: ['hospice'],
  } as const;

  it('accepts a coherent template', () => {
    expect(objectiveTemplateSchema.safeParse(base).success).toBe(true);
  });

  it('refuses a window the text does not state', () => {
    const r = objectiveTemplateSchema.safeParse({ ...base, text: base.text.replace('4 of 5', '3 of 5') });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['text']);
  });

  it('refuses a trials criterion above 100 % and a percentage text without "%"', () => {
    const r = objectiveTemplateSchema.safeParse({
      ...base,
      domainKey: 'social_skills',
      text: 'Client will take a turn in 120 of opportunities across 3 consecutive sessions.',
      measurement: { type: 'trials' },
      criterion: { comparator: '>=', value: 120, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 },
      direction: 'increase',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['criterion.value', 'text']);
  });

  it('refuses a minimum number of sessions smaller than the window', () => {
    const r = objectiveTemplateSchema.safeParse({ ...base, criterion: { ...base.criterion, minSessions: 2 } });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['criterion.minSessions']);
  });
});

describe('suggestGoalsFromAssessment', () => {
  const template: Pick<AssessmentTemplate, 'sections'> = {
    sections: [
      {
        key: 'social',
        title: 'Social',
        items: [
          { key: 'eye_contact', label: 'Eye contact', kind: 'imtap', domainKey: 'social_skills' },
          { key: 'turn_taking', label: 'Turn taking', kind: 'imtap', domainKey: 'social_skills' },
          { key: 'initiates', label: 'Initiates', kind: 'imtap', domainKey: 'initiation_of_social_contact' },
          { key: 'free_comment', label: 'Comment', kind: 'text' },
        ],
      },
      {
        key: 'motor',
        title: 'Motor',
        items: [
          { key: 'grasp', label: 'Grasp', kind: 'imtap', domainKey: 'fine_motor' },
          { key: 'beat', label: 'Keeps a beat', kind: 'rating', min: 1, max: 5, domainKey: 'gross_motor' },
          { key: 'unlinked', label: 'Unlinked skill', kind: 'imtap' },
          { key: 'sustained', label: 'Sustained attention', kind: 'imtap', domainKey: 'attention' },
        ],
      },
    ],
  };

  it('suggests every not-yet-consistent linked skill, lowest rating first, with the band midpoint as baseline', () => {
    const suggestions = suggestGoalsFromAssessment(template, {
      eye_contact: 2,
      turn_taking: 0,
      initiates: 1,
      free_comment: 'loves drums',
      grasp: 3, // consistent: no goal
      beat: 1, // a rating item, not IMTAP
      unlinked: 0, // no domain to suggest
      sustained: 2,
    });
    expect(suggestions).toEqual([
      { domainKey: 'social_skills', itemKey: 'turn_taking', rating: 0, baselinePercent: 0 },
      { domainKey: 'initiation_of_social_contact', itemKey: 'initiates', rating: 1, baselinePercent: 25 },
      { domainKey: 'social_skills', itemKey: 'eye_contact', rating: 2, baselinePercent: 65 },
      { domainKey: 'attention', itemKey: 'sustained', rating: 2, baselinePercent: 65 },
    ]);
  });

  it('ignores unanswered and off-scale responses and leaves its inputs alone', () => {
    const responses = Object.freeze({ eye_contact: null, turn_taking: 4, initiates: 1.5, grasp: '1', sustained: true });
    expect(suggestGoalsFromAssessment(template, responses)).toEqual([]);
  });

  it('uses the IMTAP band midpoints', () => {
    expect(IMTAP_BASELINE_PERCENT).toEqual({ 0: 0, 1: 25, 2: 65, 3: 90 });
  });

  it('works on the shipped intake template', () => {
    const intake = content.assessmentTemplates.find((a) => a.key === 'intake_imtap')!;
    const suggestions = suggestGoalsFromAssessment(intake, { social_turn_taking: 1, motor_fine_grasp: 0, cognitive_sustained_attention: 3 });
    expect(suggestions.map((s) => [s.domainKey, s.baselinePercent])).toEqual([
      ['fine_motor', 0],
      ['social_skills', 25],
    ]);
  });
});
