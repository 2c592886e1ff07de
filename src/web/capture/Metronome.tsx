/**
 * The RAS metronome in capture: the client's cadence tapped along to their steps (or typed), a cue
 * tempo stepped from it in whole percent, and a click track started and stopped with one large
 * button. While it runs, every entry taken in capture carries its cue tempo.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { CADENCE_TAP_SECONDS, cueTempo, type BeatsPerBar } from '../../domain/metronome.js';
import { TEMPO_RANGE } from '../../domain/music.js';
import { Metronome as ClickTrack } from '../music/click-track.js';
import { tapHandlers, useTaps } from '../music/useTaps.js';

const fmt = (bpm: number) => (Number.isInteger(bpm) ? String(bpm) : bpm.toFixed(1));
const signed = (percent: number) => (percent > 0 ? `+${percent}` : percent < 0 ? `−${-percent}` : '±0');

export function MetronomePanel({ onCue }: { onCue: (bpm: number | null) => void }) {
  const [baseline, setBaseline] = useState('');
  const [percent, setPercent] = useState(0);
  const [beats, setBeats] = useState<BeatsPerBar>(4);
  const [running, setRunning] = useState(false);
  const [audioError, setAudioError] = useState<string | null>(null);
  const steps = useTaps();
  const track = useRef<ClickTrack | null>(null);
  const ids = useId();

  const base = Number(baseline.replace(',', '.'));
  const baseOk = baseline.trim() !== '' && base >= TEMPO_RANGE.min && base <= TEMPO_RANGE.max;
  const cue = baseOk ? cueTempo(base, percent) : null;

  useEffect(() => () => void track.current?.close(), []);
  // The running click and the entries follow the cue tempo as it is changed.
  useEffect(() => {
    if (running && cue !== null) track.current?.setTempo(cue);
    onCue(running ? cue : null);
  }, [running, cue]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => track.current?.setBeatsPerBar(beats), [beats]);

  async function startStop() {
    if (running || cue === null) {
      track.current?.stop();
      setRunning(false);
      return;
    }
    try {
      track.current ??= new ClickTrack();
      await track.current.start(cue, beats);
      setAudioError(null);
      setRunning(true);
    } catch (e) {
      setAudioError(`The click could not start: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const r = steps.rate;
  const tapNote = steps.count === 0
    ? `Tap along to the steps for ${CADENCE_TAP_SECONDS.min}–${CADENCE_TAP_SECONDS.max} s.`
    : !r
      ? `${steps.count} ${steps.count === 1 ? 'step' : 'steps'}: keep tapping…`
      : `${r.used + 1} steps over ${Math.round(r.seconds)} s${r.seconds < CADENCE_TAP_SECONDS.min ? ': keep tapping' : ''}`;

  return (
    <section className={`metronome${running ? ' is-running' : ''}`} aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>RAS metronome</h2>
      <div className="metronome-grid">
        {running ? (
          <p className="metronome-baseline">Baseline cadence <strong>{baseline} steps/min</strong></p>
        ) : (
        <div className="metronome-cadence">
          <button
            type="button"
            className="tap step-tap"
            {...tapHandlers((at) => {
              const rate = steps.tap(at);
              if (rate) setBaseline(fmt(rate.bpm));
            })}
          >
            Tap each step
          </button>
          <p className="hint" aria-live="polite" data-testid="cadence-taps">{tapNote}</p>
          <div className="number-entry">
            <label htmlFor={`${ids}-base`}>Baseline cadence <span className="hint">(steps/min)</span></label>
            <input
              id={`${ids}-base`}
              inputMode="decimal"
              value={baseline}
              aria-invalid={baseline.trim() !== '' && !baseOk}
              aria-describedby={`${ids}-base-err`}
              onChange={(e) => {
                steps.reset();
                setBaseline(e.target.value);
              }}
            />
            {steps.count > 0 && (
              <button type="button" className="undo" onClick={() => { steps.reset(); setBaseline(''); }}>
                Tap again
              </button>
            )}
            <span id={`${ids}-base-err`} className="field-error">{baseline.trim() !== '' && !baseOk ? `a cadence between ${TEMPO_RANGE.min} and ${TEMPO_RANGE.max} steps/min` : ''}</span>
          </div>
        </div>
        )}
        <div className="metronome-cue">
          <div className="cue-step" role="group" aria-label="Cue tempo from the baseline, in 1 % steps">
            <button type="button" className="tap" aria-label="1 % slower" onClick={() => setPercent((p) => Math.max(-50, p - 1))}>−1 %</button>
            <output className="cue-readout" aria-live="polite" data-testid="cue-tempo">
              <strong>{cue === null ? '—' : `${fmt(cue)} bpm`}</strong>
              <span>{signed(percent)} % of baseline</span>
            </output>
            <button type="button" className="tap" aria-label="1 % faster" onClick={() => setPercent((p) => Math.min(50, p + 1))}>+1 %</button>
          </div>
          <fieldset className="chips-row meter" aria-label="Meter: beats per bar, beat 1 accented">
            {([2, 4] as const).map((b) => (
              <label key={b} className="chip big">
                <input type="radio" name={`${ids}-meter`} checked={beats === b} onChange={() => setBeats(b)} />
                {b}/4
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      <button type="button" className={`tap metronome-go${running ? ' stop' : ''}`} disabled={!running && cue === null} aria-pressed={running} onClick={() => void startStop()}>
        {running ? <><span aria-hidden="true">■ </span>Stop click</> : <><span aria-hidden="true">▶ </span>Start click{cue !== null ? ` at ${fmt(cue)} bpm` : ''}</>}
      </button>
      <p className="hint" role="status" data-testid="metronome-status">
        {running && cue !== null ? `Clicking at ${fmt(cue)} bpm, accent on beat 1 of ${beats}/4: entries are recorded with this cue tempo.` : cue === null ? 'Tap or enter the baseline cadence to set the cue.' : 'Stopped: entries are recorded without a cue tempo.'}
      </p>
      {audioError && <p className="field-error" role="alert">{audioError}</p>}
    </section>
  );
}
