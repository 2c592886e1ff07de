/** The caseload outcome report: objectives met, progressing and not progressing across the caseload. */
import { Link } from '../router/router.js';
import { canSeeOutcomes, useMe } from '../shell/me.js';
import { useTitle } from '../ui/Status.js';
import { ReportForm } from './ReportForm.js';

export function OutcomeReport() {
  const me = useMe();
  useTitle('Caseload outcome report');
  return (
    <div className="page narrow">
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link to="/">Caseload</Link> › Outcome report
      </nav>
      <h1>Caseload outcome report</h1>
      {canSeeOutcomes(me) ? (
        <ReportForm clientId={null} kinds={['outcomes']} />
      ) : (
        <p className="empty">Caseload outcomes are open to clinicians: therapists, interns and supervisors.</p>
      )}
    </div>
  );
}
