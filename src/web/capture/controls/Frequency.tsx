/**
 * Frequency: one tap per occurrence. A rate per minute (a cadence: steps over a timed walk) also
 * needs the time counted over, entered in seconds; without it the rate would be over the whole session.
 */
import { NumberEntry } from './Scales.js';
import type { ControlProps } from './types.js';

export function Frequency({ config, points, record, variant }: ControlProps<'frequency'>) {
  const count = points.filter((p) => p.event.kind === 'occurrence').length;
  const timed = config.metric === 'rate_per_minute' && variant !== 'bar';
  return (
    <>
      <div className="tap-row">
        <button type="button" className="tap ok" onClick={() => record({ kind: 'occurrence' })}>
          <span aria-hidden="true">+ </span>Occurrence <span className="count">({count})</span>
        </button>
      </div>
      {timed && <NumberEntry label="Seconds counted over" min={1} max={86_400} onSave={(seconds) => void record({ kind: 'observation', seconds })} />}
    </>
  );
}
