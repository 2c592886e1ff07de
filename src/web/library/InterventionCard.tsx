/** One library intervention: technique, the music elements it uses and how, populations, domains. */
import type { ReactNode } from 'react';
import type { Intervention } from '../api/types.js';
import { elementLabel, humanize, populationLabel, techniqueLabel } from '../ui/labels.js';

export function MusicElements({ iv }: { iv: Intervention }) {
  return (
    <ul className="elements" aria-label="Music elements">
      {iv.musicElements.map((m) => (
        <li key={m.element}>
          <strong>{elementLabel(m.element)}</strong>
          {m.use && <>: {m.use}</>}
        </li>
      ))}
    </ul>
  );
}

export function InterventionCard({ iv, children, detail = false, headingLevel = 3 }: { iv: Intervention; children?: ReactNode; detail?: boolean; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="card intervention" aria-label={iv.name}>
      <H>{iv.name}</H>
      <p className="hint">
        {techniqueLabel(iv.technique)} · domains: {iv.goalDomainKeys.map(humanize).join(', ')}
        {iv.populations.length > 0 && <> · for {iv.populations.map(populationLabel).join(', ')}</>}
      </p>
      <MusicElements iv={iv} />
      {detail && (
        <details>
          <summary>Procedure, materials, adaptations and evidence</summary>
          {iv.materials.length > 0 && <p><strong>Materials:</strong> {iv.materials.join(', ')}</p>}
          {iv.procedure.length > 0 && <ol>{iv.procedure.map((p, i) => <li key={i}>{p}</li>)}</ol>}
          {iv.adaptations.easier.length > 0 && <p><strong>Easier:</strong> {iv.adaptations.easier.join(' · ')}</p>}
          {iv.adaptations.harder.length > 0 && <p><strong>Harder:</strong> {iv.adaptations.harder.join(' · ')}</p>}
          {iv.precautions.length > 0 && <p><strong>Precautions:</strong> {iv.precautions.join(' · ')}</p>}
          {iv.references.length > 0 && (
            <ul className="refs">{iv.references.map((r, i) => <li key={i}>{r.authors} ({r.year}). {r.title}.</li>)}</ul>
          )}
        </details>
      )}
      {children}
    </article>
  );
}
