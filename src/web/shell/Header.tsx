import { useQueryClient } from '@tanstack/react-query';
import { post } from '../api/client.js';
import type { Me } from '../api/types.js';
import { Link, useLocation } from '../router/router.js';
import { SyncIndicator } from '../capture/SyncIndicator.js';
import { pendingCount } from '../capture/outbox.js';

const NAV: [string, string, (p: string) => boolean][] = [
  ['/', 'Caseload', (p) => p === '/' || p.startsWith('/clients') || p.startsWith('/reports')],
  ['/sessions/new', 'New session', (p) => p === '/sessions/new'],
  ['/library', 'Library', (p) => p.startsWith('/library')],
];

export function Header({ me }: { me: Me }) {
  const qc = useQueryClient();
  const { pathname } = useLocation();
  return (
    <header className="topbar">
      <a href="#main" className="skip">Skip to content</a>
      <Link to="/" className="brand">Crescendo</Link>
      <nav aria-label="Main">
        <ul>
          {NAV.map(([to, text, active]) => (
            <li key={to}>
              <Link to={to} aria-current={active(pathname) ? 'page' : undefined}>{text}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <SyncIndicator compact />
      <span className="who">
        {me.name} · {me.roles.join(', ')}
      </span>
      <button
        type="button"
        className="on-dark"
        onClick={async () => {
          const { unsent, undos } = await pendingCount();
          if (unsent + undos > 0 && !window.confirm(`${unsent + undos} of your entries are still only on this device. They stay here and are sent when you sign in again on this device. Sign out now?`)) return;
          await post('/auth/logout').catch(() => undefined);
          qc.setQueryData(['me'], null);
          qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'setup' });
        }}
      >
        Sign out
      </button>
    </header>
  );
}
