/** The trail from the caseload through one client's chart to the page shown. */
import type { ReactNode } from 'react';
import { Link } from '../router/router.js';

export function ClientCrumbs({ clientId, name, children }: { clientId: string; name: string; children: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="crumbs">
      <Link to="/">Caseload</Link> › <Link to={`/clients/${clientId}`}>{name}</Link> › {children}
    </nav>
  );
}
