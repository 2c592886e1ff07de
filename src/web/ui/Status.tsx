/** Small shared pieces: loading and error states, status badges that never rely on colour alone. */
import { useEffect, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { PROGRESS_LABEL } from './labels.js';

export function Loading({ what }: { what: string }) {
  return <p role="status" className="loading-inline">Loading {what}…</p>;
}

export function LoadError({ error, what }: { error: unknown; what: string }) {
  const detail = error instanceof ApiError ? error.detail : error instanceof Error ? error.message : '';
  return <p role="alert" className="form-error">{what} could not be loaded. {detail}</p>;
}

export function Badge({ kind, children }: { kind: string; children: ReactNode }) {
  return <span className={`badge badge-${kind}`}>{children}</span>;
}

export function ProgressBadge({ status }: { status: string }) {
  const l = PROGRESS_LABEL[status] ?? { text: status, icon: '' };
  return (
    <Badge kind={status}>
      <span aria-hidden="true">{l.icon} </span>
      {l.text}
    </Badge>
  );
}

/** Sets the document title for a screen. */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Crescendo`;
  }, [title]);
}
