import { Component, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ApiError, get } from '../api/client.js';
import type { Me } from '../api/types.js';
import { match, useLocation } from '../router/router.js';
import { startOutbox } from '../capture/outbox.js';
import { SetupPage } from './SetupPage.js';
import { SignInPage } from './SignInPage.js';
import { finishPendingLogout } from './signout.js';
import { Header } from './Header.js';
import { MeContext } from './me.js';
import { ROUTES } from './routes.js';
import { FamilyApp } from '../family/FamilyApp.js';
import { FamilyJoin } from '../family/FamilyJoin.js';

const ME_KEY = 'crescendo.me';

/** The signed-in user; remembered (name and roles only) so the capture screen opens offline. */
async function loadMe(): Promise<Me | null> {
  // Signed out while offline: the server hears of it first, and nobody is signed in meanwhile.
  if (await finishPendingLogout()) return null;
  try {
    const me = await get<Me>('/me');
    localStorage.setItem(ME_KEY, JSON.stringify({ id: me.id, organizationId: me.organizationId, name: me.name, email: me.email, roles: me.roles }));
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      localStorage.removeItem(ME_KEY);
      return null;
    }
    const saved = localStorage.getItem(ME_KEY);
    if (e instanceof ApiError && e.offline && saved) return JSON.parse(saved) as Me;
    throw e;
  }
}

async function loadSetup(): Promise<{ needed: boolean }> {
  try {
    return await get<{ needed: boolean }>('/setup');
  } catch (e) {
    if (e instanceof ApiError && e.offline && localStorage.getItem(ME_KEY)) return { needed: false };
    throw e;
  }
}

export function App() {
  const setup = useQuery({ queryKey: ['setup'], queryFn: loadSetup });
  const me = useQuery({ queryKey: ['me'], queryFn: loadMe, enabled: setup.data?.needed === false });
  const userId = me.data?.id;
  useEffect(() => {
    if (userId) return startOutbox(userId);
  }, [userId]);
  if (setup.isLoading || me.isLoading) return <p className="loading" role="status">Loading Crescendo…</p>;
  if (setup.isError) return <p role="alert" className="page-error">Crescendo cannot reach its server. Is it running?</p>;
  if (setup.data?.needed) return <SetupPage />;
  if (me.isError) return <p role="alert" className="page-error">Crescendo cannot reach its server. Is it running?</p>;
  // An invitation link opens its own page, signed in or not.
  if (window.location.pathname === '/family/join') return <FamilyJoin />;
  if (!me.data) return <SignInPage />;
  if (me.data.roles.includes('family')) return <FamilyApp me={me.data} />;
  return (
    <MeContext.Provider value={me.data}>
      <Header me={me.data} />
      <Screens />
    </MeContext.Provider>
  );
}

function Screens() {
  const { pathname, search, href } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // After a navigation, move focus to the new screen so keyboard and screen-reader users start there.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);
  let found: ReactNode = <NotFound />;
  for (const [pattern, Screen] of ROUTES) {
    const params = match(pattern, pathname);
    if (params) {
      found = <Screen key={pathname} params={params} search={search} />;
      break;
    }
  }
  return (
    <main id="main" tabIndex={-1} ref={main}>
      <ScreenBoundary key={href}>
        <Suspense fallback={<p className="loading" role="status">Loading…</p>}>{found}</Suspense>
      </ScreenBoundary>
    </main>
  );
}

function NotFound() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href="/">Go to the caseload</a>.
      </p>
    </section>
  );
}

class ScreenBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="page">
        <h1>This screen failed to open</h1>
        <p role="alert">{this.state.error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>Reload</button>
      </section>
    );
  }
}
