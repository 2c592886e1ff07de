/** The family pages' words: what a link shares (the domain's), and dates and times as a parent reads them. */
export { SHARE_WORDS } from '../../domain/family.js';

export const sessionWhen = (s: { startsAt: string; timeZone: string; durationMinutes: number }) =>
  `${new Intl.DateTimeFormat('en-US', { timeZone: s.timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(new Date(s.startsAt))} · ${s.durationMinutes} minutes`;

