/** Tap tempo for a song: tap the button on the beat; the tempo fills the song's tempo field. */
import { tapHandlers, useTaps } from './useTaps.js';

export function TapTempo({ onTempo }: { onTempo: (bpm: number) => void }) {
  const { count, rate, tap } = useTaps();
  const label = rate ? `Tap · ${rate.bpm.toFixed(1)} bpm` : count === 0 ? 'Tap tempo' : `Tap ${5 - Math.min(count, 4)} more`;
  return (
    <button
      type="button"
      className="tap tap-tempo"
      aria-label={`Tap tempo: tap on the beat${rate ? `; ${rate.bpm.toFixed(1)} bpm` : ''}`}
      {...tapHandlers((at) => {
        const r = tap(at);
        if (r) onTempo(r.bpm);
      })}
    >
      <span aria-hidden="true">♩ </span>
      {label}
    </button>
  );
}
