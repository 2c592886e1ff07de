import { describe, expect, it } from 'vitest';
import { cueWords, draftNote, type DraftInput } from './notes.js';

const input = (objectives: DraftInput['objectives']): DraftInput => ({
  format: 'SOAP', clientName: 'Harold',
  session: { localDate: '2026-03-05', durationMinutes: 45, type: 'individual', setting: 'rehabilitation', attendance: 'present', length: { minutes: 44, source: 'recorded' } },
  interventions: [], objectives,
});

describe('the RAS cue in the note', () => {
  it.each([
    [{ meanBpm: 94.5, minBpm: 94.5, maxBpm: 94.5 }, 'walked to a RAS cue at 94.5 bpm'],
    [{ meanBpm: 100, minBpm: 100, maxBpm: 100 }, 'walked to a RAS cue at 100 bpm'],
    [{ meanBpm: 94.23, minBpm: 92, maxBpm: 96.6 }, 'walked to a RAS cue at 92–96.6 bpm (mean 94.2)'],
  ])('%j reads “%s”', (cue, words) => expect(cueWords(cue)).toBe(words));

  it.each([
    ['a cadence walked to a cue says the cue tempo after the value', { meanBpm: 94.5, minBpm: 94.5, maxBpm: 94.5 }, '• Cadence with the cue: 47 steps in 30 s (94 steps/min), walked to a RAS cue at 94.5 bpm.'],
    ['a value without a cue says nothing of one', null, '• Cadence with the cue: 47 steps in 30 s (94 steps/min).'],
    ['no cue given is no cue', undefined, '• Cadence with the cue: 47 steps in 30 s (94 steps/min).'],
  ])('%s', (_, cue, line) => {
    const text = draftNote(input([{ label: 'cadence with the cue', summaryText: '47 steps in 30 s (94 steps/min)', cue }])).objective!;
    expect(text.split('\n')[1]).toBe(line);
  });

  it('an objective without data has no cue line, whatever the cue', () => {
    const text = draftNote(input([{ label: 'cadence with the cue', summaryText: null, cue: { meanBpm: 90, minBpm: 90, maxBpm: 90 } }])).objective!;
    expect(text).not.toContain('cue at');
  });
});
