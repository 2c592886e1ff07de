/** Identity, populations, setting, guardians and music preferences: clinical information, shown first. */
import { pmaLine } from '../../domain/nicu.js';
import type { Client, ClientSummary } from '../api/types.js';
import { formatDate, localToday } from '../ui/format.js';
import { populationLabel, settingLabel } from '../ui/labels.js';
import { CareTeam } from './CareTeam.js';

/** The browser's calendar date, the day the chart is read. */

function Prefs({ label, items }: { label: string; items: string[] }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{items.length ? items.join(' · ') : <span className="muted">none recorded</span>}</dd>
    </>
  );
}

export function Profile({ client, onEdit }: { client: Client | ClientSummary; onEdit?: () => void }) {
  const full = 'musicPreferences' in client ? client : null;
  const pma = full ? pmaLine(full, localToday()) : null;
  return (
    <>
      <div className="profile">
        <section aria-labelledby="about-title" className="card">
          <div className="page-head">
            <h2 id="about-title">About</h2>
            {onEdit && <button type="button" onClick={onEdit}>Edit profile</button>}
          </div>
          <dl className="facts">
            <dt>Populations</dt>
            <dd>{client.populations.length ? client.populations.map(populationLabel).join(', ') : <span className="muted">none recorded</span>}</dd>
            <dt>Setting</dt>
            <dd>{settingLabel(client.setting)}</dd>
            {full && (
              <>
                <dt>Date of birth</dt>
                <dd>
                  {formatDate(full.birthDate)}
                </dd>
                {pma && (
                  <>
                    <dt>Gestational age</dt>
                    <dd>{pma}</dd>
                  </>
                )}
                {full.diagnoses.length > 0 && (
                  <>
                    <dt>Diagnoses</dt>
                    <dd>{full.diagnoses.map((d) => (d.code ? `${d.label} (${d.code})` : d.label)).join(', ')}</dd>
                  </>
                )}
                <dt>Referral</dt>
                <dd>{full.referral.reason || <span className="muted">no reason recorded</span>}{full.referral.source && ` (from ${full.referral.source})`}</dd>
                <dt>Guardians and contacts</dt>
                <dd>
                  {full.guardians.length === 0 && <span className="muted">none recorded</span>}
                  <ul className="plain">
                    {full.guardians.map((g, i) => (
                      <li key={i}>
                        {g.name}
                        {g.relationship && `, ${g.relationship}`}
                        {g.isLegalGuardian && ' (legal guardian)'}
                        {g.phone && <> · <a href={`tel:${g.phone}`}>{g.phone}</a></>}
                        {g.email && <> · {g.email}</>}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
        </section>
        {full && (
          <section aria-labelledby="music-title" className="card music">
            <h2 id="music-title">
              <span aria-hidden="true">♪ </span>Music preferences
            </h2>
            <dl className="facts">
              <Prefs label="Genres" items={full.musicPreferences.genres} />
              <Prefs label="Songs" items={full.musicPreferences.songs} />
              <Prefs label="Artists" items={full.musicPreferences.artists} />
              <Prefs label="Instruments" items={full.musicPreferences.instruments} />
              <dt>Dislikes and sensitivities</dt>
              <dd className={full.musicPreferences.dislikes.length ? 'warn' : undefined}>
                {full.musicPreferences.dislikes.length ? <><span aria-hidden="true">⚠ </span>{full.musicPreferences.dislikes.join(' · ')}</> : <span className="muted">none recorded</span>}
              </dd>
            </dl>
            {full.musicPreferences.notes && <p>{full.musicPreferences.notes}</p>}
          </section>
        )}
      </div>
      <CareTeam client={client} />
    </>
  );
}
