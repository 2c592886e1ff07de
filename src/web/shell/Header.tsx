import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Me } from '../api/types.js';
import { Link, useLocation } from '../router/router.js';
import { SyncIndicator } from '../capture/SyncIndicator.js';
import { otherAccountsPending, subscribe } from '../capture/outbox.js';
import { signOutHere, signOutSummary } from './signout.js';

type NavItem = [string, string, (p: string) => boolean];
/** The practice's settings are an admin's to change; a clinician's phone keeps three entries. */
const ADMIN_NAV: NavItem[] = [['/settings', 'Settings', (p) => p.startsWith('/settings')]];
const NAV: NavItem[] = [
  ['/', 'Caseload', (p) => p === '/' || p.startsWith('/clients') || p.startsWith('/reports')],
  ['/sessions/new', 'New session', (p) => p === '/sessions/new'],
  ['/library', 'Library', (p) => p.startsWith('/library')],
];

type Summary = Awaited<ReturnType<typeof signOutSummary>>;
const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

export function Header({ me }: { me: Me }) {
  const qc = useQueryClient();
  const { pathname } = useLocation();
  const [asking, setAsking] = useState<Summary | null>(null);
  const [busy, setBusy] = useState(false);
  const others = useOtherAccountsPending();

  async function signOut() {
    setBusy(true);
    await signOutHere();
    qc.setQueryData(['me'], null);
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'setup' });
  }

  return (
    <header className="topbar">
      <a href="#main" className="skip">Skip to content</a>
      <Link to="/" className="brand">Crescendo</Link>
      <nav aria-label="Main">
        <ul>
          {[...NAV, ...(me.roles.includes('admin') ? ADMIN_NAV : [])].map(([to, text, active]) => (
            <li key={to}>
              <Link to={to} aria-current={active(pathname) ? 'page' : undefined}>{text}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <SyncIndicator compact />
      {others > 0 && (
        <span className="sync sync-other" data-testid="other-account-pending">
          {entries(others)} of another account on this device, kept for that account
        </span>
      )}
      <span className="who">
        {me.name} · {me.roles.join(', ')}
      </span>
      <button
        type="button"
        className="on-dark"
        disabled={busy}
        onClick={async () => {
          const s = await signOutSummary();
          if (s.unsent + s.refused + s.drafts > 0) setAsking(s);
          else await signOut();
        }}
      >
        Sign out
      </button>
      {asking && <SignOutDialog summary={asking} onCancel={() => setAsking(null)} onConfirm={() => void signOut()} />}
    </header>
  );
}

function useOtherAccountsPending(): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    let alive = true;
    const refresh = () => void otherAccountsPending().then((c) => alive && setN(c));
    refresh();
    const off = subscribe(refresh);
    return () => {
      alive = false;
      off();
    };
  }, []);
  return n;
}

/** Asked before signing out when something stays behind or would be lost; a modal dialog (Escape or "Stay signed in" cancels). */
function SignOutDialog({ summary, onCancel, onConfirm }: { summary: Summary; onCancel: () => void; onConfirm: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} className="card signout-dialog" aria-labelledby="signout-title" aria-describedby="signout-what" onCancel={onCancel}>
      <h2 id="signout-title">Sign out with data still on this device?</h2>
      <ul id="signout-what">
        {summary.unsent > 0 && (
          <li>
            <strong>{entries(summary.unsent)} not yet sent.</strong> {summary.unsent === 1 ? 'It stays' : 'They stay'} on this device for you only: {summary.unsent === 1 ? 'it is' : 'they are'} sent when you sign in again here. Nobody else signing in here sees or sends {summary.unsent === 1 ? 'it' : 'them'}.
          </li>
        )}
        {summary.refused > 0 && (
          <li>
            <strong>{entries(summary.refused)} refused by the server</strong> {summary.refused === 1 ? 'stays' : 'stay'} on this device for you only, to review when you sign in again here.
          </li>
        )}
        {summary.drafts > 0 && (
          <li>
            <strong>{summary.drafts} unsaved note {summary.drafts === 1 ? 'draft' : 'drafts'}</strong> will be deleted from this device. Save {summary.drafts === 1 ? 'it' : 'them'} first to keep the text.
          </li>
        )}
      </ul>
      <div className="actions">
        <button type="button" className="primary" autoFocus onClick={onCancel}>
          Stay signed in
        </button>
        <button type="button" onClick={onConfirm}>
          Sign out now
        </button>
      </div>
    </dialog>
  );
}
