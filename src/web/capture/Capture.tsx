/**
 * Live capture: one thumb on a tablet. Every tap goes to IndexedDB first (outbox.record) and is sent in
 * the background; the indicator in the header shows what is still only on this device.
 */
import { useEffect, useState } from 'react';
import { patch } from '../api/client.js';
import type { DataEvent } from '../../domain/measurement.js';
import { newId } from '../api/client.js';
import { Link } from '../router/router.js';
import { formatDateTime } from '../ui/format.js';
import { humanize } from '../ui/labels.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';
import { useSessionBundle, workingObjectives } from './bundle.js';
import { record, undo } from './outbox.js';
import { usePoints, type ShownPoint } from './usePoints.js';
import { ObjectiveCapture, type CaptureTarget } from './ObjectiveCapture.js';
import { ActiveIntervention, useActiveIntervention } from './ActiveIntervention.js';
import { Attendance } from './Attendance.js';
import { EndSession } from './EndSession.js';
import { SyncIndicator } from './SyncIndicator.js';
import { MetronomePanel } from './Metronome.js';
import { isGaitObjective } from '../../domain/metronome.js';
import { usePromptLevels } from './prompt.js';
import { ThumbBar, type BarRow } from './ThumbBar.js';
import { SessionClock } from './SessionClock.js';
import { RecordingsPanel } from '../recordings/Recorder.js';
import type { Session } from '../api/types.js';
import './capture.css';

export function Capture({ params }: { params: Record<string, string> }) {
  const sessionId = params.id!;
  useTitle('Capture');
  const bundle = useSessionBundle(sessionId);
  const { points } = usePoints(sessionId);
  const [active, setActive, keepActive] = useActiveIntervention(sessionId, bundle.data?.session);
  const [attendance, setAttendance] = useState<Record<string, string>>({});
  const promptFor = usePromptLevels();
  // Per participant, the objective in the thumb bar (the last one used, or the one the intervention now serves).
  const [inBar, setInBar] = useState<Record<string, string>>({});
  // The real start as this screen recorded it (the saved copy of the session predates it).
  const [startedAt, setStartedAt] = useState<string | null>(null);
  // The RAS metronome's cue tempo while it clicks: recorded with every entry taken meanwhile.
  const [cueTempoBpm, setCueTempoBpm] = useState<number | null>(null);
  // Ended: the step before the note, on its own.
  const [ending, setEnding] = useState(false);
  // Opening capture on a planned session starts it: the real start time is recorded once.
  const toStart = bundle.data && !bundle.data.offline && bundle.data.session.status === 'planned' && !bundle.data.session.actualStartAt ? bundle.data.session : null;
  useEffect(() => {
    if (!toStart) return;
    const now = Date.now();
    if (now < Date.parse(toStart.startsAt) - 10 * 60_000) return;
    void patch<Session>(`/sessions/${toStart.id}`, { version: toStart.version, status: 'in_progress', actualStartAt: new Date(now).toISOString() })
      .then((s) => setStartedAt(s.actualStartAt))
      .catch(() => undefined);
  }, [toStart?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  if (bundle.isLoading) return <div className="page"><Loading what="the session" /></div>;
  if (bundle.isError || !bundle.data) return <div className="page"><h1>Capture</h1><LoadError error={bundle.error} what="The session" /></div>;
  const { session, plans } = bundle.data;
  const objectiveById = new Map(Object.values(plans).flatMap((pl) => pl.goals.flatMap((g) => g.objectives)).map((o) => [o.id, o]));
  if (ending) return <div className="page"><EndSession session={session} objectives={objectiveById} reviewing onReview={() => undefined} /></div>;
  const group = session.participants.length > 1;
  const delivered = session.delivered.find((d) => d.id === active) ?? null;
  const observedSeconds = session.durationMinutes * 60;

  function tap(target: CaptureTarget, event: DataEvent) {
    keepActive();
    if (inBar[target.clientId] !== target.objective.id) setInBar({ ...inBar, [target.clientId]: target.objective.id });
    return record({
      id: newId(), sessionId, clientId: target.clientId, objectiveId: target.objective.id, recordedAt: new Date().toISOString(), event, cueTempoBpm,
      deliveredInterventionId: delivered && delivered.objectiveIds.includes(target.objective.id) ? delivered.id : null,
    });
  }
  const remove = (p: ShownPoint) =>
    void undo({ id: p.id, sessionId: p.sessionId, clientId: p.clientId, objectiveId: p.objectiveId, deliveredInterventionId: p.deliveredInterventionId, recordedAt: p.recordedAt, event: p.event });
  const lastOverall = points.at(-1);
  // A signed note closes capture for its client: the data it was signed over cannot change.
  const signed = (p: { note?: { status: string } | null }) => !!p.note && p.note.status !== 'draft';
  const allSigned = session.participants.every(signed);
  // Offered when someone here works on walking (the rule is the domain's isGaitObjective).
  const gait = session.participants.some((p) => !signed(p) && workingObjectives(plans[p.clientId]).some(isGaitObjective));
  const pointsOf = (clientId: string, objectiveId: string) => points.filter((x) => x.objectiveId === objectiveId && x.clientId === clientId);
  const rows: BarRow[] = session.participants.map((p) => {
    const objectives = workingObjectives(plans[p.clientId]);
    const here = attendance[p.clientId] ?? p.attendance;
    const closed = signed(p) ? 'Note signed' : here === 'absent' || here === 'cancelled' ? humanize(here) : objectives.length === 0 ? 'No working objectives' : null;
    const served = objectives.find((o) => delivered?.objectiveIds.includes(o.id));
    return {
      clientId: p.clientId, name: `${p.name} ${p.lastName}`, closed,
      targets: objectives.map((o) => ({ target: { objective: o, clientId: p.clientId, clientName: p.name }, points: pointsOf(p.clientId, o.id), prompt: promptFor(p.clientId, o) })),
      currentId: inBar[p.clientId] ?? served?.id ?? objectives[0]?.id ?? null,
      last: points.filter((x) => x.clientId === p.clientId).at(-1) ?? null,
      undoable: !signed(p),
    };
  });
  const inBarId = (clientId: string) => rows.find((r) => r.clientId === clientId)?.currentId;

  return (
    <div className={`page capture${group ? ' group' : ''}`}>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link to={`/sessions/${sessionId}`}>Session</Link> › Capture
      </nav>
      <div className="page-head">
        <h1>
          {group ? session.groupName ?? 'Group session' : `${session.participants[0]?.name} ${session.participants[0]?.lastName}`}
          <span className="hint"> · {formatDateTime(session.startsAt, session.timeZone)} · {humanize(session.type)}</span>
        </h1>
      </div>
      <div className="capture-bar">
        <SessionClock startedAt={startedAt ?? session.actualStartAt ?? null} endedAt={session.actualEndAt ?? null} />
        <SyncIndicator />
        {bundle.data.offline && <span className="badge badge-offline">Offline: using the copy saved on this device</span>}
        {!allSigned && (
          <button type="button" className="undo" disabled={!lastOverall} onClick={() => lastOverall && remove(lastOverall)}>
            ↶ Undo last entry
          </button>
        )}
      </div>
      {allSigned ? (
        <p className="notice" role="status">
          {group ? 'Every note of this session is signed' : 'The note for this session is signed'}: capture is closed and the data stays as signed. Corrections go in an addendum to the note.
          {!group && session.participants[0] && <> <Link to={`/sessions/${sessionId}/note/${session.participants[0].clientId}`}>Open the note</Link></>}
        </p>
      ) : (
        // A new intervention brings the objectives it serves into the thumb bar.
        <ActiveIntervention session={session} plans={plans} active={active} onChange={(id) => { setActive(id); setInBar({}); }} />
      )}
      {!allSigned && gait && <MetronomePanel onCue={setCueTempoBpm} />}
      {!(allSigned && !group) && <div className="participants">
        {session.participants.map((p) => {
          const objectives = workingObjectives(plans[p.clientId]);
          const here = attendance[p.clientId] ?? p.attendance;
          const absent = here === 'absent' || here === 'cancelled';
          return (
            <section key={p.clientId} className="participant" aria-labelledby={`who-${p.clientId}`}>
              <div className="participant-head">
                <h2 id={`who-${p.clientId}`}>{p.name} {p.lastName}</h2>
                {!signed(p) && <Attendance sessionId={sessionId} clientId={p.clientId} name={p.name} value={here} facts={p} onChange={(a) => setAttendance({ ...attendance, [p.clientId]: a })} />}
              </div>
              {signed(p) ? (
                <p className="empty">
                  {p.name}’s note is signed: no more data is taken. <Link to={`/sessions/${sessionId}/note/${p.clientId}`}>Open the note</Link> to add an addendum.
                </p>
              ) : absent ? (
                <p className="empty">Marked {humanize(here).toLowerCase()}: no data is taken.</p>
              ) : objectives.length === 0 ? (
                <p className="empty">No working objectives in {p.name}’s plan. <Link to={`/clients/${p.clientId}/plan`}>Add one</Link>.</p>
              ) : (
                <div className="objective-grid">
                  {objectives.map((o) => {
                    const target = { objective: o, clientId: p.clientId, clientName: p.name };
                    return (
                      <ObjectiveCapture
                        key={o.id}
                        target={target}
                        sessionId={sessionId}
                        observedSeconds={observedSeconds}
                        compact={group}
                        points={pointsOf(p.clientId, o.id)}
                        record={(e) => tap(target, e)}
                        undo={remove}
                        prompt={promptFor(p.clientId, o)}
                        current={inBarId(p.clientId) === o.id}
                      />
                    );
                  })}
                </div>
              )}
            </section>
          );
        })}
      </div>}
      {!bundle.data.offline && <RecordingsPanel sessionId={sessionId} participants={session.participants} />}
      {!allSigned && <EndSession session={session} objectives={objectiveById} reviewing={false} onReview={() => { setEnding(true); window.scrollTo(0, 0); }} />}
      {!allSigned && (
        <ThumbBar
          rows={rows} group={group} sessionId={sessionId} observedSeconds={observedSeconds} record={tap} undo={remove}
          choose={(clientId, objectiveId) => setInBar({ ...inBar, [clientId]: objectiveId })}
        />
      )}
    </div>
  );
}
