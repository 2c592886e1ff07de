import { describe, expect, it } from 'vitest';
import { settingsFaults } from './organization.js';

describe('required note sections must be written sections of the format', () => {
  it.each([
    ['SOAP', [], []],
    ['SOAP', ['subjective', 'assessment', 'plan'], []],
    ['SOAP', ['objective'], ['body.requiredNoteSections.0']],
    ['SOAP', ['data'], ['body.requiredNoteSections.0']],
    ['DAP', ['assessment', 'plan'], []],
    ['DAP', ['plan', 'subjective'], ['body.requiredNoteSections.1']],
    ['DAP', ['data'], ['body.requiredNoteSections.0']],
  ] as const)('%s requiring %j → faults at %j', (noteFormat, required, paths) => {
    expect(settingsFaults({ noteFormat, requiredNoteSections: required }).map((f) => f.path)).toEqual(paths);
  });

  it('names the sections the format has', () => {
    expect(settingsFaults({ noteFormat: 'DAP', requiredNoteSections: ['subjective'] })[0]!.message).toBe('subjective is not a written section of a DAP note (assessment, plan)');
  });
});
