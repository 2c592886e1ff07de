/**
 * What a note, a graph or a report calls an objective: its own short label ("turn taking", "10MWT"),
 * or one derived from the behaviour it measures. Never the full future-tense statement, which is
 * the plan's sentence, not a name.
 */
export const LABEL_MAX = 60;

export function objectiveLabel(o: { shortLabel?: string | null; behaviour: string; statement: string }): string {
  const own = (o.shortLabel ?? '').trim();
  if (own) return own;
  const base = (o.behaviour.trim() || o.statement.trim()).replace(/[.\s]+$/, '');
  if (base.length <= LABEL_MAX) return base;
  const cut = base.slice(0, LABEL_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space >= LABEL_MAX / 2 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/, '')}…`;
}
