/**
 * The page every report is printed on: one HTML document with a screen and a print stylesheet and
 * no script (the CSP allows no inline script, and Chromium prints it with JavaScript off). The
 * PDF's running header and page numbers come from Chromium's header and footer templates.
 */
import type { Fact, Sentence, SignatureBlock } from '../../domain/reports/index.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup already escaped or built here; `html` tags join parts without escaping them again. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | Part[];

function part(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (Array.isArray(p)) return p.map(part).join('');
  if (p instanceof Html) return p.value;
  return esc(p);
}

/** Template tag: interpolated values are escaped unless they are Html (or arrays of it). */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0] ?? '';
  parts.forEach((p, i) => (out += part(p) + (strings[i + 1] ?? '')));
  return new Html(out);
}

export const raw = (markup: string) => new Html(markup);

export function facts(list: Fact[], cls = 'facts'): Html {
  return html`<dl class="${cls}">${list.map((f) => html`<div><dt>${f.label}</dt><dd>${f.value}</dd></div>`)}</dl>`;
}

export function paragraph(sentences: Sentence[]): Html {
  if (sentences.length === 0) return html``;
  return html`<p>${sentences.map((s, i) => html`${i ? ' ' : ''}<span class="sentence">${s.text}</span>`)}</p>`;
}

export function statusBadge(status: string, label: string): Html {
  const icon: Record<string, string> = {
    met: '★', progressing: '↗', 'not-progressing': '→', 'insufficient-data': '…', achieved: '★', emerging: '◔', 'not-yet-introduced': '○',
  };
  return html`<span class="status status-${status}"><span aria-hidden="true">${icon[status] ?? ''}</span> ${label}</span>`;
}

export function signatureBlock(s: SignatureBlock, family = false): Html {
  // A supervisor or admin who prepared the report for its author signs as its reviewer (authorship.ts).
  const review = s.reviewedBy ? html`
  <div class="sig"><div class="sigline"></div><div>Reviewed by ${s.reviewedBy}</div><div class="muted">Review signature</div></div>` : '';
  return html`<section class="signature" aria-label="Signature">
  <div class="sig"><div class="sigline"></div><div>${s.author}${s.credentials ? `, ${s.credentials}` : ''}</div><div class="muted">${family ? 'Music therapist' : 'Signature'} · ${s.organization}</div></div>
  <div class="sig sig-date"><div class="sigline"></div><div>Date</div><div class="muted">Prepared ${s.preparedOn}</div></div>${review}
  ${s.needsCosign ? html`<div class="sig"><div class="sigline"></div><div>Supervisor co-signature</div><div class="muted">Required for a report prepared by an intern</div></div>` : ''}
</section>`;
}

const CSS = `
:root { --ink: #1d2433; --muted: #4f5b6e; --rule: #d5d9e0; --met: #1f6b3a; --prog: #1d4f91; --notprog: #8a3b12; --insuf: #4f5b6e; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff; font: 10.5pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 54rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
nav.actions { display: flex; gap: 1rem; flex-wrap: wrap; margin-bottom: 1rem; font-size: 10pt; }
nav.actions a { color: #1d4f91; }
header.report-head { border-bottom: 2.5px solid var(--ink); padding-bottom: .4rem; margin-bottom: .8rem; }
header.report-head .org { font-size: 9.5pt; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
h1 { font-size: 17pt; margin: .1rem 0 .1rem; line-height: 1.2; }
.subtitle { margin: 0; color: var(--muted); }
h2 { font-size: 12.5pt; margin: 1.3rem 0 .45rem; padding-bottom: 2pt; border-bottom: 1px solid var(--ink); break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11.5pt; margin: 1rem 0 .25rem; break-after: avoid; page-break-after: avoid; }
h4 { font-size: 10.5pt; margin: 0 0 .25rem; break-after: avoid; page-break-after: avoid; }
p { margin: .3rem 0 .5rem; orphans: 3; widows: 3; }
.muted, .meta { color: var(--muted); }
.meta { font-size: 9.5pt; margin: 0 0 .3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 12pt; margin: .2rem 0 .5rem; }
dl.facts > div { display: contents; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
dl.inline { display: flex; flex-wrap: wrap; gap: 2pt 16pt; margin: .2rem 0 .5rem; }
dl.inline > div { display: flex; gap: 4pt; }
dl.inline dt { font-weight: 600; color: var(--muted); }
dl.inline dt::after { content: ":"; }
dl.inline dd { margin: 0; }
.status { display: inline-block; border: 1.2px solid currentColor; border-radius: 3pt; padding: 0 5pt; font-weight: 700; font-size: 9pt; white-space: nowrap; vertical-align: 1px; }
.status-met, .status-achieved { color: var(--met); }
.status-progressing { color: var(--prog); }
.status-not-progressing, .status-emerging { color: var(--notprog); }
.status-insufficient-data, .status-not-yet-introduced { color: var(--insuf); }
.goal { margin-top: .6rem; }
.goal > h3 .domain { font-weight: 400; color: var(--muted); font-size: 9.5pt; }
.objective { border-top: 1px solid var(--rule); padding-top: .45rem; margin-top: .55rem; }
.goal > .objective:first-child { border-top: 0; padding-top: 0; }
.objective-head { break-inside: avoid; page-break-inside: avoid; }
.objective .condition { font-style: italic; color: var(--muted); margin: 0 0 .2rem; }
figure { margin: .3rem 0 .4rem; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
figcaption { font-size: 8pt; color: var(--muted); margin-top: 2pt; }
.legend { display: inline-flex; flex-wrap: wrap; gap: 2pt 10pt; margin-right: 8pt; color: var(--ink); }
.legend .chip { display: inline-block; width: 9pt; height: 9pt; margin-right: 3pt; vertical-align: -1pt; border-radius: 1pt; }
ol.values { columns: 2; column-gap: 1.5rem; font-size: 8pt; margin: .2rem 0 .5rem; padding-left: 0; list-style: none; }
ol.values.wide { columns: 1; }
ol.values li { break-inside: avoid; }
ol.values .date { display: inline-block; min-width: 6.2em; color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: .3rem 0 .6rem; }
th, td { border-bottom: 1px solid var(--rule); padding: 2.5pt 5pt 2.5pt 0; text-align: left; vertical-align: top; }
th { font-weight: 700; border-bottom: 1.2px solid var(--ink); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
ul.recs { margin: .2rem 0 .5rem; padding-left: 1.1rem; }
ul.recs li { margin-bottom: .2rem; }
/* The signature never stands alone on a page: it keeps the last lines above it (the section before may break, its items may not). */
.signature { display: flex; gap: 2rem; margin-top: 2.2rem; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
main > section:last-of-type li, main > section:nth-last-of-type(2) li { break-inside: avoid; }
.signature .sig { flex: 1; font-size: 9.5pt; }
.signature .sig-date { flex: 0 0 11rem; }
.signature .sigline { border-bottom: 1px solid var(--ink); height: 2.4rem; margin-bottom: 3pt; }
.confidential { font-size: 8.5pt; color: var(--muted); margin-top: 1.5rem; }
@media print {
  main { max-width: none; padding: 0; }
  .no-print { display: none !important; }
  a { color: inherit; text-decoration: none; }
  h2 { margin-top: 1rem; }
}
`;

export interface PageOptions {
  title: string;
  organization: string;
  subtitle: string;
  voice?: 'clinical' | 'family';
  kind: string;
  links?: { label: string; href: string }[];
}

export function page(opts: PageOptions, body: Html): string {
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${opts.title} — ${opts.subtitle}</title>
<style>${raw(CSS)}</style>
</head>
<body class="report report-${opts.kind}${opts.voice ? ` voice-${opts.voice}` : ''}">
<main>
${opts.links?.length ? html`<nav class="actions no-print" aria-label="Report actions">${opts.links.map((l) => html`<a href="${l.href}">${l.label}</a>`)}</nav>` : ''}
<header class="report-head">
  <div class="org">${opts.organization}</div>
  <h1>${opts.title}</h1>
  <p class="subtitle">${opts.subtitle}</p>
</header>
${body}
<p class="confidential">${opts.voice === 'family' ? 'This report is private. Please keep it safe.' : 'Confidential health information. Do not disclose without the client’s or guardian’s authorization.'}</p>
</main>
</body>
</html>
`;
  return doc.value;
}
