/** Dates and times for display, in the session's or the browser's time zone. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const d = new Date(date.length === 10 ? `${date}T12:00:00Z` : date);
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: date.length === 10 ? 'UTC' : undefined }).format(d);
}

/** A calendar date (YYYY-MM-DD) as the therapist's own clock reads it, never UTC's: after 6 p.m. in Chicago, UTC is already tomorrow. */
export const localDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Today, or `offsetDays` from it, as the therapist's calendar reads it. */
export function localToday(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return localDate(d);
}

export function formatDateTime(instant: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(instant));
}

export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

export const clientName = (c: { firstName?: string; name?: string; preferredName?: string | null; lastName: string }) =>
  `${c.preferredName ?? c.firstName ?? c.name ?? ''} ${c.lastName}`.trim();

/** How long something has waited, in words a clinician reads at a glance: "40 min", "5 h", "3 days". */
export function formatWaited(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
