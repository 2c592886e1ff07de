/**
 * A client's music: every song used with them (when, in which key and tempo, with the response),
 * searchable, beside the preferences and dislikes of the chart; and the objectives' values grouped by
 * the music used, descriptive only, with n.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { Answer } from '../api/types.js';
import { ClientCrumbs } from '../chart/ClientCrumbs.js';
import { useClient } from '../chart/queries.js';
import { songKey } from '../../domain/music.js';
import { formatNumber } from '../../domain/progress/summary.js';
import { clientName, formatDate } from '../ui/format.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';

type RepertoireAnswer = Answer<'/api/v1/clients/{id}/repertoire'>;
type MusicOutcomesAnswer = Answer<'/api/v1/clients/{id}/music-outcomes'>;
type Outcome = MusicOutcomesAnswer['objectives'][number];

const ELEMENTS: { key: keyof Outcome['byElement']; name: string }[] = [
  { key: 'song', name: 'Song' },
  { key: 'key', name: 'Key' },
  { key: 'tempo', name: 'Tempo' },
  { key: 'source', name: 'Live or recorded' },
];

export function Repertoire({ params }: { params: Record<string, string> }) {
  const id = params.id!;
  const client = useClient(id);
  const songs = useQuery({ queryKey: ['repertoire', id], queryFn: () => get<RepertoireAnswer>(`/clients/${id}/repertoire`) });
  const outcomes = useQuery({ queryKey: ['music-outcomes', id], queryFn: () => get<MusicOutcomesAnswer>(`/clients/${id}/music-outcomes`) });
  const [search, setSearch] = useState('');
  const name = client.data ? clientName(client.data) : 'Client';
  useTitle(`Music: ${name}`);
  const prefs = client.data && 'musicPreferences' in client.data ? client.data.musicPreferences : null;
  const wanted = songKey(search);
  const shown = songs.data?.items.filter((s) => !wanted || songKey(`${s.title} ${s.artist}`).includes(wanted)) ?? [];
  return (
    <div className="page">
      <ClientCrumbs clientId={id} name={name}>Music</ClientCrumbs>
      <h1>Music: {name}</h1>
      {prefs && (
        <section className="card section" aria-labelledby="prefs-h">
          <h2 id="prefs-h">Preferences from the chart</h2>
          <dl className="prefs">
            <dt>Songs</dt><dd>{prefs.songs.join(' · ') || <span className="muted">none recorded</span>}</dd>
            <dt>Genres</dt><dd>{prefs.genres.join(' · ') || <span className="muted">none recorded</span>}</dd>
            <dt>Instruments</dt><dd>{prefs.instruments.join(' · ') || <span className="muted">none recorded</span>}</dd>
            <dt>Dislikes</dt>
            <dd className={prefs.dislikes.length ? 'warn' : undefined}>{prefs.dislikes.length ? <><span aria-hidden="true">⚠ </span>{prefs.dislikes.join(' · ')}</> : <span className="muted">none recorded</span>}</dd>
          </dl>
        </section>
      )}
      <section className="section" aria-labelledby="rep-h">
        <h2 id="rep-h">Repertoire used in sessions</h2>
        <label className="field">
          <span>Search songs</span>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Title or composer" />
        </label>
        {songs.isLoading && <Loading what="the repertoire" />}
        {songs.isError && <LoadError error={songs.error} what="The repertoire" />}
        {songs.data && shown.length === 0 && <p className="empty">{search ? 'No song matches.' : 'No music recorded yet.'}</p>}
        <ul className="repertoire">
          {shown.map((s) => (
            <li key={songKey(s.title)} className="card">
              <h3>
                {s.title}
                {s.artist && <span className="muted"> · {s.artist}</span>}
              </h3>
              <p className="hint">Used {s.count} {s.count === 1 ? 'time' : 'times'}, last {formatDate(s.lastUsed)}</p>
              <details>
                <summary>Each use</summary>
                <ul>
                  {s.uses.map((u, i) => (
                    <li key={`${u.sessionId}-${i}`}>
                      {formatDate(u.date)}: {u.line}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="by-music-h">
        <h2 id="by-music-h">Objective values by the music used</h2>
        {outcomes.isLoading && <Loading what="the values by music" />}
        {outcomes.isError && <LoadError error={outcomes.error} what="The values by music" />}
        {outcomes.data && <p className="notice">{outcomes.data.descriptive}</p>}
        {outcomes.data?.objectives.map((o) => <OutcomeByMusic key={o.objectiveId} o={o} />)}
      </section>
    </div>
  );
}

function OutcomeByMusic({ o }: { o: Outcome }) {
  const unit = o.unit ? ` ${o.unit}` : '';
  const v = (x: number) => `${formatNumber(x)}${unit}`;
  return (
    <article className="card section" aria-label={o.label}>
      <h3>{o.label[0]!.toUpperCase() + o.label.slice(1)}</h3>
      <p className="hint">
        {o.sessionsWithMusic} {o.sessionsWithMusic === 1 ? 'session' : 'sessions'} with music recorded; {o.withoutMusic} without (not in the groups).
      </p>
      {o.sessionsWithMusic > 0 &&
        ELEMENTS.map((e) => (
          <table key={e.key} className="caseload by-music">
            <caption>{e.name}</caption>
            <thead><tr><th scope="col">{e.name}</th><th scope="col">n</th><th scope="col">Median</th><th scope="col">Mean</th></tr></thead>
            <tbody>
              {o.byElement[e.key].map((g) => (
                <tr key={g.label}>
                  <th scope="row">{g.label}</th>
                  <td>{g.n}</td>
                  <td>{v(g.median)}</td>
                  <td>{v(g.mean)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </article>
  );
}
