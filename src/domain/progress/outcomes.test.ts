import { describe, it, expect } from 'vitest';
import { caseloadOutcomes, type OutcomeItem } from './outcomes.js';

const items: OutcomeItem[] = [
  { objectiveId: 'o1', status: 'met', domain: 'social skills', populations: ['autism'], techniques: ['improvisation', 'music-based games'] },
  { objectiveId: 'o2', status: 'progressing', domain: 'social skills', populations: ['autism', 'school'], techniques: ['improvisation'] },
  { objectiveId: 'o3', status: 'not-progressing', domain: 'pain', populations: ['hospice'], techniques: ['music-assisted relaxation'] },
  { objectiveId: 'o4', status: 'insufficient-data', domain: 'pain', populations: ['hospice'], techniques: [] },
  // A technique listed twice for one objective still counts the objective once.
  { objectiveId: 'o5', status: 'not-progressing', domain: 'gross motor', populations: [], techniques: ['improvisation', 'improvisation'] },
];

describe('caseloadOutcomes', () => {
  const r = caseloadOutcomes(items);

  it('counts overall', () => {
    expect(r.overall).toEqual({
      met: 1,
      progressing: 1,
      'not-progressing': 2,
      'insufficient-data': 1,
      total: 5,
      positiveShare: 2 / 4,
    });
  });

  it('groups by domain', () => {
    expect(Object.keys(r.byDomain)).toEqual(['gross motor', 'pain', 'social skills']);
    expect(r.byDomain['social skills']).toMatchObject({ met: 1, progressing: 1, total: 2, positiveShare: 1 });
    expect(r.byDomain['pain']).toMatchObject({ 'not-progressing': 1, 'insufficient-data': 1, total: 2, positiveShare: 0 });
  });

  it('counts an objective under each population and each technique', () => {
    expect(r.byPopulation['autism']).toMatchObject({ met: 1, progressing: 1, total: 2 });
    expect(r.byPopulation['school']).toMatchObject({ progressing: 1, total: 1 });
    expect(r.byPopulation['hospice']).toMatchObject({ total: 2 });
    expect(r.byTechnique['improvisation']).toMatchObject({ met: 1, progressing: 1, 'not-progressing': 1, total: 3 });
    expect(r.byTechnique['music-based games']).toMatchObject({ met: 1, total: 1 });
    expect(r.byTechnique['music-assisted relaxation']).toMatchObject({ 'not-progressing': 1, total: 1 });
  });

  it('an empty caseload has zero counts and no share', () => {
    expect(caseloadOutcomes([])).toEqual({
      overall: { met: 0, progressing: 0, 'not-progressing': 0, 'insufficient-data': 0, total: 0, positiveShare: null },
      byDomain: {},
      byPopulation: {},
      byTechnique: {},
    });
  });
});
