/**
 * Mastery: is the objective's criterion met, and since when?
 *
 * The rule, in one place:
 * - points are taken in date order (YYYY-MM-DD); points on the same date keep
 *   their input order (a stable sort);
 * - a point whose value is null is not a data session: it neither counts nor
 *   breaks a run;
 * - walking the data sessions in order, the criterion is met at the first data
 *   session where the window ending there satisfies it (all of the last N, or
 *   at least K of the last N) and at least max(minSessions, N) data sessions
 *   exist up to it; firstMetOn is that session's date;
 * - never met: 'insufficient-data' when fewer than max(minSessions, N) data
 *   sessions exist in all, else 'not-met'.
 */
import { masteryCriterionSchema, type Comparator, type MasteryCriterion } from '../criterion.js';

export interface MasteryPoint {
  date: string;
  value: number | null;
}

export type MasteryWindow = { kind: 'consecutive'; sessions: number } | { kind: 'of-last'; met: number; sessions: number };

/** The criterion shape evaluateMastery reads (MasteryCriterion satisfies it). */
export interface MasteryCriterionInput {
  comparator: '>=' | '>' | '<=' | '<';
  value: number;
  window: MasteryWindow;
  minSessions: number;
}

export type MasteryStatus = 'met' | 'not-met' | 'insufficient-data';

export interface MasteryResult {
  status: MasteryStatus;
  /** Date of the data session at which the criterion was first met. */
  firstMetOn: string | null;
  /** Number of data sessions (points with a value). */
  dataSessions: number;
  /** Dates of the window that first satisfied the criterion, or []. */
  metSessionDates: string[];
  /** The last N data sessions (fewer when fewer exist), oldest first. */
  currentWindow: { date: string; value: number; meets: boolean }[];
  /** Data sessions needed before the criterion can be met: max(minSessions, N). */
  sessionsNeeded: number;
}

export function compareValue(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
  }
}

/** Stable sort by date string (YYYY-MM-DD sorts correctly as text). */
export function sortByDate<T extends { date: string }>(points: readonly T[]): T[] {
  return [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Data sessions in evaluation order: date-sorted (stable), null values dropped. */
export function dataSessions(points: readonly MasteryPoint[]): { date: string; value: number }[] {
  return sortByDate(points).filter((p): p is { date: string; value: number } => p.value !== null);
}

function windowSatisfied(meets: readonly boolean[], window: MasteryWindow): boolean {
  const count = meets.filter(Boolean).length;
  return window.kind === 'consecutive' ? count === window.sessions : count >= window.met;
}

export function evaluateMastery(points: MasteryPoint[], criterion: MasteryCriterionInput): MasteryResult {
  const data = dataSessions(points);
  const n = criterion.window.sessions;
  const needed = Math.max(criterion.minSessions, n);
  const meets = data.map((d) => compareValue(d.value, criterion.comparator, criterion.value));
  const currentWindow = data.slice(-n).map((d, i, arr) => ({
    date: d.date,
    value: d.value,
    meets: meets[data.length - arr.length + i] as boolean,
  }));
  const base = { dataSessions: data.length, currentWindow, sessionsNeeded: needed };
  for (let i = needed - 1; i < data.length; i++) {
    if (windowSatisfied(meets.slice(i - n + 1, i + 1), criterion.window)) {
      const metSessionDates = data.slice(i - n + 1, i + 1).map((d) => d.date);
      return { status: 'met', firstMetOn: (data[i] as { date: string }).date, metSessionDates, ...base };
    }
  }
  const status: MasteryStatus = data.length < needed ? 'insufficient-data' : 'not-met';
  return { status, firstMetOn: null, metSessionDates: [], ...base };
}

// ---------------------------------------------------------------------------
// Criterion phrases

const SYMBOL: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** A number in a phrase (JavaScript's shortest round-tripping form, true minus sign). */
function phraseNumber(n: number): string {
  return String(n).replace(/^-/, '−');
}

/**
 * Plain words for a criterion: "≥ 80 % in 3 consecutive sessions",
 * "≤ 2 in 4 of the last 5 sessions (at least 5 sessions)". The minimum is
 * stated for "of the last" windows (which could otherwise be read as needing
 * only K sessions) and whenever it differs from the window size.
 */
export function criterionPhrase(criterion: MasteryCriterionInput, unit = ''): string {
  const value = `${phraseNumber(criterion.value)}${unit ? ` ${unit}` : ''}`;
  const w = criterion.window;
  const sessions = w.sessions === 1 ? 'session' : 'sessions';
  const window =
    w.kind === 'consecutive' ? `in ${w.sessions} consecutive ${sessions}` : `in ${w.met} of the last ${w.sessions} ${sessions}`;
  const showMin = w.kind === 'of-last' || criterion.minSessions !== w.sessions;
  const min = showMin ? ` (at least ${criterion.minSessions} ${criterion.minSessions === 1 ? 'session' : 'sessions'})` : '';
  return `${SYMBOL[criterion.comparator]} ${value} ${window}${min}`;
}

const WORD_COMPARATORS: [RegExp, Comparator][] = [
  [/^(?:no (?:more|greater) than|not more than|at most|up to)\b/, '<='],
  [/^(?:no (?:less|fewer) than|not less than|at least)\b/, '>='],
  [/^(?:more than|greater than|above|over)\b/, '>'],
  [/^(?:less than|fewer than|below|under)\b/, '<'],
  [/^(?:>=|=>)/, '>='],
  [/^(?:<=|=<)/, '<='],
  [/^>/, '>'],
  [/^</, '<'],
];

const NUMBER = /^[-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?/;

function normalize(text: string): string {
  return text.toLowerCase().replace(/≥/g, '>=').replace(/≤/g, '<=').replace(/\s+/g, ' ').trim();
}

/** "(at least 5 sessions)" / "with a minimum of 5 sessions" at the end. */
function takeMinimum(text: string): { rest: string; minSessions: number | null } {
  const m = /[,;]?\s*\(?\s*(?:with )?(?:(?:a )?minimum of|at least|min\.?) (\d+) (?:data )?sessions?\s*\)?\s*\.?$/.exec(text);
  if (!m) return { rest: text, minSessions: null };
  return { rest: text.slice(0, m.index).trim(), minSessions: Number(m[1]) };
}

function takeWindow(text: string): { rest: string; window: MasteryWindow } | null {
  const ofLast = /(?:\b(?:in|over|on|for|during) )?(\d+) (?:out )?of (?:the )?last (\d+) (?:data )?sessions?/.exec(text);
  const consecutive = /(?:\b(?:in|over|on|for|during) )?(\d+) consecutive (?:data )?sessions?/.exec(text);
  const m = ofLast ?? consecutive;
  if (!m) return null;
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).replace(/^[\s,:;]+|[\s,:;.]+$/g, '');
  const window: MasteryWindow = ofLast
    ? { kind: 'of-last', met: Number(m[1]), sessions: Number(m[2]) }
    : { kind: 'consecutive', sessions: Number(m[1]) };
  return { rest: rest.trim(), window };
}

function takeComparison(text: string): { comparator: Comparator; value: number } | null {
  const body = text.replace(/^(?:(?:a )?(?:score|value|rate|level) (?:of )?|is )/, '');
  for (const [re, comparator] of WORD_COMPARATORS) {
    const m = re.exec(body);
    if (!m) continue;
    const after = body.slice(m[0].length).trim();
    const n = NUMBER.exec(after);
    if (!n) return null;
    const value = Number(n[0].replace(/^−/, '-'));
    return Number.isFinite(value) ? { comparator, value } : null;
  }
  return null;
}

/**
 * Parse a criterion written in words or symbols, e.g. ">= 80% in 3 consecutive
 * sessions", "4 of the last 5 sessions ≥ 5", "at most 2 in 3 consecutive
 * sessions", "at least 80% in 4 of the last 5 sessions (at least 6 sessions)".
 * Anything after the number up to the window (a unit such as "%") is ignored.
 * minSessions defaults to the window size.
 */
export function parseCriterionPhrase(text: string): MasteryCriterion | { error: string } {
  const { rest, minSessions } = takeMinimum(normalize(text));
  const win = takeWindow(rest);
  if (!win) return { error: 'no window found: say e.g. "in 3 consecutive sessions" or "in 4 of the last 5 sessions"' };
  const cmp = takeComparison(win.rest);
  if (!cmp) return { error: 'no comparison found: say e.g. "≥ 80 %", "at least 5" or "at most 2"' };
  const parsed = masteryCriterionSchema.safeParse({
    comparator: cmp.comparator,
    value: cmp.value,
    window: win.window,
    minSessions: minSessions ?? win.window.sessions,
  });
  if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join('; ') };
  return parsed.data;
}
