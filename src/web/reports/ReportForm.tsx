/** Choosing a report, its period and its reader, then reading it in a new tab or saving the PDF. */
import { useState, type MouseEvent } from 'react';
import { ApiError, apiUrl, download } from '../api/client.js';
import { useSave } from '../api/useSave.js';
import { RadioGroup } from '../ui/ChoiceGroup.js';
import { FormError, Select, TextArea } from '../ui/Field.js';
import { DISCHARGE_REASON_LABELS, DISCHARGE_REASONS } from '../../domain/reports/aftercare.js';
import { PeriodFields } from './PeriodFields.js';
import { defaultPeriod, KIND_HINT, KIND_LABEL, periodError, reportUrl, type ReportChoice, type ReportKind, type Voice } from './report-url.js';

const VOICES = [['clinical', 'Clinical team'], ['family', 'Family']] as const;
const REASON_OPTIONS = [['', 'Not chosen'] as const, ...DISCHARGE_REASONS.map((r) => [r, DISCHARGE_REASON_LABELS[r]] as const)];
const VOICE_HINT =
  'Clinical: for the care team, physicians and the record, with measures, mastery criteria and effect sizes. Family: the same progress in plain words for parents and carers.';

function save(blob: Blob, filename: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

export function ReportForm({ clientId, kinds }: { clientId: string | null; kinds: ReportKind[] }) {
  const [c, setC] = useState<ReportChoice>({ kind: kinds[0]!, ...defaultPeriod(), voice: 'clinical', reason: '' });
  const [saved, setSaved] = useState('');
  const { error, setError, busy, run } = useSave();
  const live = periodError(c);
  const update = (change: Partial<ReportChoice>) => {
    setC({ ...c, ...change });
    setError(null);
    setSaved('');
  };

  /** False (and the message beside the field) when the period cannot be asked for. */
  function valid(): boolean {
    if (!live) return true;
    setError(new ApiError(400, live, [{ path: 'querystring.to', message: live }]));
    return false;
  }

  function open(e: MouseEvent) {
    if (!valid()) e.preventDefault();
  }

  async function pdf() {
    if (!valid()) return;
    setSaved('');
    await run(async () => {
      const file = await download(reportUrl(c, clientId, 'pdf'));
      save(file.blob, file.filename);
      setSaved(`Saved ${file.filename} to your downloads.`);
    });
  }

  return (
    <form className="card form-grid" aria-labelledby="report-form-title" noValidate onSubmit={(e) => e.preventDefault()}>
      <h2 id="report-form-title">{kinds.length > 1 ? 'Choose a report' : 'Choose the period'}</h2>
      {kinds.length > 1 ? (
        <RadioGroup legend="Report" name="kind" options={kinds.map((k) => [k, KIND_LABEL[k]] as const)} value={c.kind} onChange={(kind) => update({ kind: kind as ReportKind })} hint={KIND_HINT[c.kind]} />
      ) : (
        <p className="hint">{KIND_HINT[c.kind]}</p>
      )}
      <PeriodFields kind={c.kind} from={c.from} to={c.to} onChange={update} toError={live ?? error?.forField('to')} fromError={error?.forField('from')} />
      {c.kind === 'progress' && (
        <RadioGroup legend="Written for" name="voice" options={VOICES} value={c.voice} onChange={(voice) => update({ voice: voice as Voice })} hint={VOICE_HINT} />
      )}
      {c.kind === 'discharge' && (
        <Select
          label="Kind of discharge (optional)"
          options={REASON_OPTIONS}
          value={c.reasonCode ?? ''}
          onChange={(e) => update({ reasonCode: e.target.value })}
          error={error?.forField('reasonCode')}
          hint="The hospice reasons (revocation, no longer terminally ill) apply only to a hospice patient. A hospice death adds the bereavement follow-up; a NICU discharge, the home lullaby plan and the early-intervention referral."
        />
      )}
      {c.kind === 'discharge' && (
        <TextArea
          label="Reason for discharge (optional)"
          rows={2}
          maxLength={2000}
          value={c.reason}
          onChange={(e) => update({ reason: e.target.value })}
          error={error?.forField('reason')}
          hint="Left blank, the summary states it from the objectives and the client’s status."
        />
      )}
      <FormError error={error} />
      {saved && <p role="status" className="readback">{saved}</p>}
      <div className="actions">
        <a className="button primary" href={apiUrl(reportUrl(c, clientId, 'html'))} target="_blank" rel="noopener" onClick={open}>
          Open report<span className="sr-only"> (opens in a new tab)</span>
        </a>
        <button type="button" onClick={pdf} disabled={busy}>{busy ? 'Preparing the PDF…' : 'Download PDF'}</button>
      </div>
    </form>
  );
}
