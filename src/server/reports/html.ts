/** The four reports as HTML documents, from the domain's report models. */
import type {
  DischargeSummary, GoalSection, IepReport, ObjectiveSection, OutcomeReport, OutcomeRow, ProgressReport,
} from '../../domain/reports/index.js';
import { formatDate } from '../../domain/reports/index.js';
import { CHART_KEY, objectiveChart, outcomeChart, PRE_POST_KEY, prePostLevelsChart, STATUS_FILL } from './chart.js';
import { facts, html, page, paragraph, raw, signatureBlock, statusBadge, type Html } from './html-layout.js';

export type Links = { label: string; href: string }[];

/** `lead` (the goal's heading) prints with the first objective's head, never alone at a page's foot. */
function objectiveBlock(o: ObjectiveSection, voice: 'clinical' | 'family', lead: Html | string = ''): Html {
  const svg = o.chart.points.length ? objectiveChart(o.chart) : '';
  const family = voice === 'family';
  return html`<section class="objective" id="objective-${o.id}">
  <div class="objective-head">
    ${lead}
    <h4>${o.label}: ${o.statement} ${statusBadge(o.status, o.statusLabel)}</h4>
    ${o.condition ? html`<p class="condition">${o.condition}</p>` : ''}
    ${facts(o.facts, 'facts')}
    ${svg && o.chart.prePost ? html`<figure><div role="img" aria-label="${`Graph of the levels before and after each session: ${o.chart.prePost.description}`}">${raw(prePostLevelsChart(o.chart.prePost))}</div><figcaption>${o.chart.prePost.severeFrom === null ? PRE_POST_KEY[voice].replace(/ Shaded: [^.]*\./, '') : PRE_POST_KEY[voice]}</figcaption></figure>` : ''}
    ${svg ? html`<figure><div role="img" aria-label="${`Graph of ${o.statement}: ${o.chart.description}`}">${raw(svg)}</div><figcaption>${o.chart.aimLine ? CHART_KEY[voice] : CHART_KEY[voice].replace(/ Brown dashed line: [^.]*\./, '')}</figcaption></figure>` : html`<p class="muted">${family ? 'No sessions to show in a graph yet.' : 'No data to graph yet.'}</p>`}
  </div>
  ${paragraph(o.narrative)}
  ${o.table.length ? html`<ol class="values${o.table.some((r) => r.summary.length > 44) ? ' wide' : ''}" aria-label="Session values in the period">${o.table.map((r) => html`<li><span class="date">${r.date}</span> ${r.summary}</li>`)}</ol>` : ''}
</section>`;
}

function goalBlock(g: GoalSection, i: number, voice: 'clinical' | 'family'): Html {
  const head = html`<h3>Goal ${i + 1}: ${g.statement} <span class="domain">· ${g.domain}</span></h3>
  ${g.targetDate ? html`<p class="meta">${voice === 'family' ? 'Hoped-for date' : 'Target date'}: ${formatDate(g.targetDate)}</p>` : ''}`;
  if (g.objectives.length === 0) return html`<article class="goal">${head}<p class="muted">No ${voice === 'family' ? 'steps' : 'objectives'} written yet.</p></article>`;
  return html`<article class="goal">${g.objectives.map((o, j) => objectiveBlock(o, voice, j === 0 ? head : ''))}</article>`;
}

export function progressReportHtml(r: ProgressReport, links: Links = []): string {
  const family = r.voice === 'family';
  const name = r.identity.callName;
  const body = html`
<section aria-labelledby="h-id"><h2 id="h-id">${family ? `About ${name}` : 'Identifying information'}</h2>${facts(r.identity.facts)}</section>
${r.identity.referralReason ? html`<section aria-labelledby="h-ref"><h2 id="h-ref">${family ? 'Why music therapy' : 'Reason for referral'}</h2><p>${r.identity.referralReason}</p></section>` : ''}
<section aria-labelledby="h-sum"><h2 id="h-sum">${family ? 'In short' : 'Summary'}</h2>${paragraph(r.summary)}</section>
<section aria-labelledby="h-att"><h2 id="h-att">${family ? 'Sessions' : 'Attendance'}</h2>${facts(r.attendanceFacts, 'inline')}</section>
<section aria-labelledby="h-goals"><h2 id="h-goals">${family ? 'What we are working on' : 'Goals and objectives'}</h2>
${r.goals.length ? r.goals.map((g, i) => goalBlock(g, i, r.voice)) : html`<p class="muted">No goals written yet.</p>`}
</section>
<section aria-labelledby="h-iv"><h2 id="h-iv">${family ? 'Music activities we used' : 'Interventions and music elements'}</h2>
${r.interventions.length
    ? html`<table><thead><tr><th>${family ? 'Activity' : 'Intervention'}</th><th>${family ? 'Kind' : 'Technique'}</th><th>Music elements</th><th>${family ? 'Used in' : 'Delivered'}</th>${family ? '' : html`<th>For objectives</th>`}</tr></thead>
<tbody>${r.interventions.map((iv) => html`<tr><td>${iv.name}</td><td>${iv.technique}</td><td>${iv.elements.map((e, k) => html`${k ? html`<br>` : ''}${e}`)}</td><td>${iv.delivered}</td>${family ? '' : html`<td>${iv.objectives}</td>`}</tr>`)}</tbody></table>`
    : html`<p class="muted">None recorded in this period.</p>`}
</section>
<section aria-labelledby="h-rec"><h2 id="h-rec">${family ? 'What comes next' : 'Recommendations'}</h2>
<ul class="recs">${r.recommendations.map((s) => html`<li>${s.text}</li>`)}</ul>
${family ? paragraph(r.plan) : html`<h3>Plan</h3>${paragraph(r.plan)}`}
</section>
${signatureBlock(r.signature, family)}`;
  return page({ title: r.title, organization: r.organization, subtitle: `${r.identity.name} · ${r.identity.facts.find((f) => f.label === 'Report period')?.value ?? ''}`, voice: r.voice, kind: 'progress', links }, body);
}

export function iepReportHtml(r: IepReport, links: Links = []): string {
  const body = html`
<section aria-labelledby="h-id"><h2 id="h-id">Student</h2>${facts(r.identity.facts)}</section>
<section aria-labelledby="h-iep"><h2 id="h-iep">IEP and service minutes</h2>${r.iep ? html`${facts(r.iep.facts)}<p class="meta">${r.iep.note}</p>` : html`<p>No IEP is on file for this student, so the IEP’s dates, eligibility category and service minutes cannot be shown.</p>`}</section>
<section aria-labelledby="h-codes"><h2 id="h-codes">Progress codes</h2>
<table><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody>${r.legend.map((l) => html`<tr><td>${statusBadge(l.code, l.label)}</td><td>${l.meaning}</td></tr>`)}</tbody></table></section>
<section aria-labelledby="h-goals"><h2 id="h-goals">Annual goals and objectives</h2>
${r.goals.map(
  (g, i) => html`<article class="goal">
  ${g.objectives.map(
    (o, j) => html`<section class="objective"><div class="objective-head">${j === 0 ? html`<h3>Annual goal ${i + 1}: ${g.statement} <span class="domain">· ${g.domain}</span></h3>
  <p class="meta">Goal progress: ${statusBadge(g.code, g.label)}</p>` : ''}<h4>Objective ${i + 1}.${j + 1}: ${o.statement} ${statusBadge(o.code, o.label)}</h4>
    <p class="meta">Criterion: ${o.criterion}</p>
    ${facts(o.data, 'inline')}</div>
    <p><strong>${o.label}.</strong> ${o.sentence.text}</p></section>`,
  )}
</article>`,
)}
</section>
${signatureBlock(r.signature)}`;
  return page({ title: r.title, organization: r.organization, subtitle: `${r.identity.name} · ${r.identity.facts.find((f) => f.label === 'Report period')?.value ?? ''}`, kind: 'iep', links }, body);
}

export function dischargeHtml(r: DischargeSummary, links: Links = []): string {
  const body = html`
<section aria-labelledby="h-id"><h2 id="h-id">Identifying information</h2>${facts(r.identity.facts)}</section>
${r.identity.referralReason ? html`<section aria-labelledby="h-ref"><h2 id="h-ref">Reason for referral</h2><p>${r.identity.referralReason}</p></section>` : ''}
<section aria-labelledby="h-course"><h2 id="h-course">Course of treatment</h2>${facts(r.course)}${paragraph(r.courseNarrative)}</section>
<section aria-labelledby="h-reason"><h2 id="h-reason">Reason for discharge</h2><p>${r.reason}</p></section>
<section aria-labelledby="h-out"><h2 id="h-out">Outcomes</h2>
${r.goals.map(
  (g, i) => html`<article class="goal">${g.objectives.length === 0 ? html`<h3>Goal ${i + 1}: ${g.statement} <span class="domain">· ${g.domain}</span></h3><p class="meta">Outcome: ${g.outcome}</p>` : ''}
  ${g.objectives.map(
    (o, j) => html`<section class="objective"><div class="objective-head">${j === 0 ? html`<h3>Goal ${i + 1}: ${g.statement} <span class="domain">· ${g.domain}</span></h3><p class="meta">Outcome: ${g.outcome}</p>` : ''}
    <h4>${o.label}: ${o.statement} ${statusBadge(o.status, o.outcome)}</h4>
    ${facts([{ label: 'Criterion', value: o.criterion }, { label: o.isChange ? 'Baseline change' : 'Baseline', value: o.initial }, { label: o.isChange ? 'Final change' : 'Final level', value: o.final }, ...(o.masteryDate ? [{ label: 'Criterion met on', value: o.masteryDate }] : []), ...o.levels], 'inline')}</div>
    <p>${o.sentence.text}</p></section>`,
  )}
</article>`,
)}
</section>
${r.recommendations.length ? html`<section aria-labelledby="h-rec"><h2 id="h-rec">Recommendations</h2><ul class="recs">${r.recommendations.map((s) => html`<li>${s.text}</li>`)}</ul></section>` : ''}
${r.prompts.length ? html`<section aria-labelledby="h-todo"><h2 id="h-todo">To complete before signing</h2><ul class="recs prompts">${r.prompts.map((s) => html`<li>${s.text}</li>`)}</ul></section>` : ''}
${signatureBlock(r.signature)}`;
  return page({ title: r.title, organization: r.organization, subtitle: r.identity.name, kind: 'discharge', links }, body);
}

function outcomeTable(rows: OutcomeRow[], what: string): Html {
  if (rows.length === 0) return html`<p class="muted">No ${what.toLowerCase()} to show.</p>`;
  return html`<table><thead><tr><th>${what}</th><th class="num">Met</th><th class="num">Progressing</th><th class="num">Not progressing</th><th class="num">Insufficient data</th><th class="num">Total</th><th class="num">Met or progressing</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.label}</td><td class="num">${r.counts.met}</td><td class="num">${r.counts.progressing}</td><td class="num">${r.counts['not-progressing']}</td><td class="num">${r.counts['insufficient-data']}</td><td class="num">${r.counts.total}</td><td class="num">${r.share}</td></tr>`)}</tbody></table>`;
}

function legend(): Html {
  const items: [string, string][] = [['met', 'Met'], ['progressing', 'Progressing'], ['not-progressing', 'Not progressing'], ['insufficient-data', 'Insufficient data']];
  return html`<span class="legend">${items.map(([k, label]) => html`<span class="swatch"><span class="chip" style="background:${STATUS_FILL[k]!}"></span>${label}</span>`)}</span>`;
}

export function outcomeReportHtml(r: OutcomeReport, links: Links = []): string {
  const c = r.overall;
  const chart = outcomeChart(r.byTechnique, 'Objectives by status for each intervention technique');
  const body = html`
<section aria-labelledby="h-sum"><h2 id="h-sum">Summary</h2>
${facts([{ label: 'Period', value: r.period.text }, { label: 'Prepared by', value: r.preparedBy }, { label: 'Prepared', value: r.preparedOn }], 'inline')}
${paragraph(r.summary)}
${facts([{ label: 'Met', value: String(c.met) }, { label: 'Progressing', value: String(c.progressing) }, { label: 'Not progressing', value: String(c['not-progressing']) }, { label: 'Insufficient data', value: String(c['insufficient-data']) }, { label: 'Total', value: String(c.total) }], 'inline')}
<p class="muted">An objective counts once under each population of its client and each technique delivered for it, so a dimension’s rows can add up to more than the total.</p>
</section>
<section aria-labelledby="h-dom"><h2 id="h-dom">By goal domain</h2>${outcomeTable(r.byDomain, 'Domain')}</section>
<section aria-labelledby="h-pop"><h2 id="h-pop">By population</h2>${outcomeTable(r.byPopulation, 'Population')}</section>
<section aria-labelledby="h-tech"><h2 id="h-tech">By intervention technique</h2>
${chart ? html`<figure><div role="img" aria-label="Objectives by status for each technique; the table below has the same numbers">${raw(chart)}</div><figcaption>${legend()} Objectives by status for each technique delivered in the period.</figcaption></figure>` : ''}
${outcomeTable(r.byTechnique, 'Technique')}</section>`;
  return page({ title: r.title, organization: r.organization, subtitle: r.period.text, kind: 'outcomes', links }, body);
}
