/** One assessment item on its own scale: IMTAP 0–3, a rating with its anchors, a number, a choice, yes/no or text. */
import { Field, Select, TextArea } from '../ui/Field.js';

export type Value = number | string | boolean | null;
export interface Item {
  key: string; label: string; kind: 'imtap' | 'rating' | 'number' | 'text' | 'choice' | 'boolean';
  min?: number; max?: number; step?: number; unit?: string; choices?: string[]; anchors?: { value: number; label: string }[]; help?: string;
}

const IMTAP = [[0, 'Never'], [1, 'Rarely'], [2, 'Inconsistently'], [3, 'Consistently']] as const;
const NOT_ANSWERED = ['', 'Not answered'] as const;

function scale(item: Item): (readonly [string, string])[] {
  if (item.kind === 'imtap') return IMTAP.map(([v, l]) => [String(v), `${v} · ${l}`] as const);
  const step = item.step ?? 1;
  const out: (readonly [string, string])[] = [];
  for (let v = item.min ?? 0; v <= (item.max ?? 0) + 1e-9; v += step) {
    const anchor = item.anchors?.find((a) => a.value === v);
    out.push([String(v), anchor ? `${v} · ${anchor.label}` : String(v)]);
  }
  return out;
}

export function AssessmentItemField({ item, value, onChange, error }: { item: Item; value: Value; onChange: (v: Value) => void; error?: string }) {
  const common = { label: item.label, error, hint: item.help };
  switch (item.kind) {
    case 'imtap':
    case 'rating':
      return <Select {...common} options={[NOT_ANSWERED, ...scale(item)]} value={value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} />;
    case 'number':
      return <Field {...common} label={item.unit ? `${item.label} (${item.unit})` : item.label} type="number" inputMode="decimal" min={item.min} max={item.max} value={value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} />;
    case 'choice':
      return <Select {...common} options={[NOT_ANSWERED, ...(item.choices ?? []).map((c) => [c, c] as const)]} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || null)} />;
    case 'boolean':
      return <Select {...common} options={[NOT_ANSWERED, ['yes', 'Yes'], ['no', 'No']]} value={value === true ? 'yes' : value === false ? 'no' : ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value === 'yes')} />;
    case 'text':
      return <TextArea {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || null)} />;
  }
}
