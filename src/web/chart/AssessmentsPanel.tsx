/** The chart's assessments: intake, re-assessment and discharge, each on its template's items, with a validated scale's total as its source scores it. */
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, newId, patch, post } from '../api/client.js';
import type { Answer } from '../api/types.js';
import { useSave } from '../api/useSave.js';
import { scoreAssessment, type AssessmentScore } from '../../domain/assessment-score.js';
import { Field, FormError, Select, TextArea } from '../ui/Field.js';
import { formatDate } from '../ui/format.js';
import { LoadError, Loading } from '../ui/Status.js';
import { AssessmentItemField, type Item, type Value } from './AssessmentItemField.js';

type Assessment = Answer<'/api/v1/clients/{id}/assessments'>['items'][number];
type Template = Answer<'/api/v1/assessment-templates'>['items'][number];
const KIND: Record<string, string> = { intake: 'Intake', reassessment: 'Re-assessment', discharge: 'Discharge' };

/** "11 of 0–21 · Moderate", or what is still unanswered. */
export function scoreText(score: AssessmentScore | null): string | null {
  if (!score) return null;
  if (score.status === 'complete') return `Total ${score.total} (range ${score.range[0]}–${score.range[1]})${score.band ? ` · ${score.band}` : ''}`;
  const n = score.missing.length + score.invalid.length;
  return `No total yet: ${n} ${n === 1 ? 'item' : 'items'} unanswered`;
}

export function AssessmentsPanel({ clientId, populations }: { clientId: string; populations: readonly string[] }) {
  const list = useQuery({ queryKey: ['assessments', clientId], queryFn: () => get<{ items: Assessment[] }>(`/clients/${clientId}/assessments`) });
  const templates = useQuery({ queryKey: ['assessment-templates'], queryFn: () => get<{ items: Template[] }>('/assessment-templates'), staleTime: Infinity });
  const [open, setOpen] = useState<Assessment | 'new' | null>(null);
  return (
    <section aria-labelledby="assessments-title" className="section">
      <h2 id="assessments-title">Assessments</h2>
      {open === null && templates.data && <div className="actions"><button type="button" onClick={() => setOpen('new')}>New assessment</button></div>}
      {list.isLoading && <Loading what="assessments" />}
      {list.isError && <LoadError error={list.error} what="Assessments" />}
      {templates.isError && <LoadError error={templates.error} what="Assessment templates" />}
      {open !== null && templates.data && (
        <AssessmentForm clientId={clientId} templates={suited(templates.data.items, populations)} existing={open === 'new' ? null : open} onClose={() => setOpen(null)} />
      )}
      {list.data && list.data.items.length === 0 && open === null && <p className="empty">No assessments yet.</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="plain assessments">
          {list.data.items.map((a) => (
            <li key={a.id}>
              <span><strong>{formatDate(a.assessedOn)}</strong> · {KIND[a.kind] ?? a.kind} · {a.templateName ?? 'Free-form'}{scoreText(a.score) && ` · ${scoreText(a.score)}`}</span>
              {open === null && <button type="button" onClick={() => setOpen(a)} aria-label={`Open the assessment of ${formatDate(a.assessedOn)}`}>Open</button>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The client's populations' templates first, then the others. */
const suited = (all: Template[], populations: readonly string[]) =>
  [...all].sort((a, b) => Number(b.populations.some((p) => populations.includes(p))) - Number(a.populations.some((p) => populations.includes(p))));

function AssessmentForm({ clientId, templates, existing, onClose }: { clientId: string; templates: Template[]; existing: Assessment | null; onClose: () => void }) {
  const qc = useQueryClient();
  const { error, busy, run } = useSave();
  const [templateKey, setTemplateKey] = useState(existing?.templateKey ?? templates[0]?.key ?? '');
  const [kind, setKind] = useState(existing?.kind ?? 'intake');
  const [assessedOn, setAssessedOn] = useState(existing?.assessedOn ?? new Date().toLocaleDateString('en-CA'));
  const [responses, setResponses] = useState<Record<string, Value>>(existing?.responses ?? {});
  const [text, setText] = useState({ observations: existing?.observations ?? '', strengths: existing?.strengths ?? '', needs: existing?.needs ?? '' });
  const template = templates.find((t) => t.key === templateKey);
  const live = template?.scoring ? scoreAssessment({ sections: template.sections as never, scoring: { kind: 'sum', ...template.scoring } }, responses) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() =>
      existing
        ? patch(`/assessments/${existing.id}`, { version: existing.version, assessedOn, responses, ...text })
        : post(`/clients/${clientId}/assessments`, { id: newId(), kind, templateKey: templateKey || null, assessedOn, responses, ...text }),
    );
    if (ok) {
      await qc.invalidateQueries({ queryKey: ['assessments', clientId] });
      onClose();
    }
  }

  return (
    <form className="form-grid card" onSubmit={submit} noValidate aria-label={existing ? 'Assessment' : 'New assessment'}>
      <div className="row">
        <Select label="Template" disabled={!!existing} options={templates.map((t) => [t.key, t.name] as const)} value={templateKey} onChange={(e) => { setTemplateKey(e.target.value); setResponses({}); }} error={error?.forField('templateKey')} />
        <Select label="Kind" disabled={!!existing} options={Object.entries(KIND)} value={kind} onChange={(e) => setKind(e.target.value)} />
        <Field label="Assessed on" type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} error={error?.forField('assessedOn')} />
      </div>
      {template?.sections.map((s) => (
        <fieldset key={s.key} className="field">
          <legend>{s.title}</legend>
          {s.items.map((item) => (
            <AssessmentItemField key={item.key} item={item as Item} value={responses[item.key] ?? null} error={error?.forField(`responses.${item.key}`)}
              onChange={(v) => setResponses((r) => ({ ...r, [item.key]: v }))} />
          ))}
        </fieldset>
      ))}
      {live && <p role="status" className="notice">{scoreText(live)}</p>}
      {template && template.references.length > 0 && (
        <p className="hint">Source: {template.references.map((r) => `${r.authors} (${r.year}). ${r.title}.`).join(' ')}</p>
      )}
      <TextArea label="Observations" value={text.observations} onChange={(e) => setText((t) => ({ ...t, observations: e.target.value }))} />
      <TextArea label="Strengths" value={text.strengths} onChange={(e) => setText((t) => ({ ...t, strengths: e.target.value }))} />
      <TextArea label="Needs" value={text.needs} onChange={(e) => setText((t) => ({ ...t, needs: e.target.value }))} />
      <FormError error={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : 'Save assessment'}</button>
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
