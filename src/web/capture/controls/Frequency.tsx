/** Frequency: one tap per occurrence. */
import type { ControlProps } from './types.js';

export function Frequency({ points, record }: ControlProps<'frequency'>) {
  const count = points.filter((p) => p.event.kind === 'occurrence').length;
  return (
    <div className="tap-row">
      <button type="button" className="tap ok" onClick={() => record({ kind: 'occurrence' })}>
        <span aria-hidden="true">+ </span>Occurrence <span className="count">({count})</span>
      </button>
    </div>
  );
}
