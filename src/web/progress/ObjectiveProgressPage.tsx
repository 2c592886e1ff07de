/** One objective's progress: the graph, the verdict in words, the data as a table. */
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { ObjectiveProgress, Recording } from '../api/types.js';
import { RecordingList } from '../recordings/Recorder.js';
import { Link } from '../router/router.js';
import { ClientCrumbs } from '../chart/ClientCrumbs.js';
import { useClient } from '../chart/queries.js';
import { clientName, formatDate } from '../ui/format.js';
import { formatNumber } from '../../domain/progress/summary.js';
import { measurementText } from '../ui/measure.js';
import { cueText, progressUnit } from './unit.js';
import { LoadError, Loading, ProgressBadge, useTitle } from '../ui/Status.js';
import { ProgressChart, phaseOf } from './ProgressChart.js';
import { PhaseTable, ProgressSummary } from './Summary.js';

export function ObjectiveProgressPage({ params }: { params: Record<string, string> }) {
  const { id: clientId, objectiveId } = params as { id: string; objectiveId: string };
  const client = useClient(clientId);
  const q = useQuery({ queryKey: ['progress', 'objective', objectiveId], queryFn: () => get<ObjectiveProgress>(`/objectives/${objectiveId}/progress`) });
  const clips = useQuery({ queryKey: ['recordings', 'client', clientId], queryFn: () => get<{ items: Recording[] }>(`/clients/${clientId}/recordings`) });
  const name = client.data ? clientName(client.data) : 'Client';
  useTitle(`Progress: ${q.data?.objective.statement ?? name}`);
  const p = q.data;
  const unit = p ? progressUnit(p) : '';
  // The clips of the sessions on this graph, newest first beside it.
  const onGraph = p ? (clips.data?.items ?? []).filter((r) => p.sessions.some((s) => s.sessionId === r.sessionId)).reverse() : [];
  return (
    <div className="page">
      <ClientCrumbs clientId={clientId} name={name}>
        <Link to={`/clients/${clientId}/progress`}>Progress</Link> › Objective
      </ClientCrumbs>
      {q.isLoading && <Loading what="progress" />}
      {q.isError && <LoadError error={q.error} what="Progress" />}
      {p && (
        <>
          <div className="page-head">
            <h1>{p.objective.statement}</h1>
            <ProgressBadge status={p.status} />
          </div>
          <p className="hint">{measurementText(p.objective.measurement)} · {p.objective.direction === 'increase' ? 'higher is better ↑' : 'lower is better ↓'}</p>
          <figure className="card">
            <ProgressChart p={p} unit={unit} title={`${p.objective.statement}, by session`} recordings={onGraph} />
            <figcaption className="legend">
              <span><span className="key key-data" aria-hidden="true" /> {p.cued ? 'cadence' : 'session value'}</span>
              {p.cued && <span><span className="key key-cue" aria-hidden="true" /> RAS cue tempo</span>}
              <span><span className="key key-phase" aria-hidden="true" /> phase change</span>
              <span><span className="key key-criterion" aria-hidden="true" /> criterion</span>
              <span><span className="key key-aim" aria-hidden="true" /> aim line</span>
              <span><span className="key key-trend" aria-hidden="true" /> trend (current phase)</span>
              <span>★ criterion first met</span>
              {onGraph.length > 0 && <span>♪ session recorded</span>}
            </figcaption>
          </figure>
          {onGraph.length > 0 && (
            <section className="card recordings" aria-labelledby="clips-h">
              <h2 id="clips-h">Recordings of these sessions</h2>
              <RecordingList items={onGraph} />
            </section>
          )}
          <ProgressSummary p={p} unit={unit} />
          <PhaseTable p={p} unit={unit} />
          <details className="section">
            <summary>The session values as a table ({p.sessions.length})</summary>
            <table className="caseload">
              <caption className="sr-only">Session values</caption>
              <thead><tr><th scope="col">Date</th><th scope="col">Phase</th><th scope="col">{p.cued ? 'Cadence' : 'Value'}</th>{p.cued && <th scope="col">Cue tempo</th>}<th scope="col">Events</th></tr></thead>
              <tbody>
                {p.sessions.map((s) => (
                  <tr key={s.sessionId}>
                    <th scope="row">{formatDate(s.date)}</th>
                    <td>{phaseOf(p, s.date)}</td>
                    <td>{s.value === null ? 'no data' : `${formatNumber(s.value)}${unit ? ` ${unit}` : ''}`}</td>
                    {p.cued && <td>{s.cueTempo ? cueText(s.cueTempo) : 'no cue'}</td>}
                    <td>{s.eventCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </div>
  );
}
