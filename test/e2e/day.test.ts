/**
 * The therapist's day in Chromium: a new client, a plan, a session, live capture through a dropped
 * connection and a reload, the note drafted from the data and signed, and the progress graph.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Running } from './server.js';
import { card, demoInChromium, screen, signIn, waitAllSaved } from './helpers.js';
import { groupSession, internNoteCosigned } from './day-team.js';

const TURN = 'Takes a turn on the drum within 5 s of a cue';
const GREET = 'Initiates a greeting to a peer';
const ATTEND = 'Keeps playing with the group beat';

describe('a therapist’s day in Chromium', () => {
  let browser: Browser;
  let server: Running;
  let context: BrowserContext;
  let page: Page;
  const demo = demoInChromium();
  beforeAll(() => ({ server, browser, context, page } = demo));

  let clientUrl = '';
  let sessionId = '';

  it('adds a new client from the caseload and opens the chart', async () => {
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();
    await page.getByRole('region', { name: 'Clients' }).getByRole('link', { name: 'Maya Lopez' }).waitFor();
    await screen(page, 'caseload');
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByLabel('First name').fill('Noah');
    await page.getByRole('button', { name: 'Create client' }).click();
    // The server's errors appear next to their fields, and nothing typed is lost.
    await page.getByText('must not be empty').first().waitFor();
    expect(await page.getByLabel('First name').inputValue()).toBe('Noah');
    await screen(page, 'new-client-error');
    await page.getByLabel('Last name').fill('Carter');
    await page.getByRole('checkbox', { name: 'Autism spectrum disorder' }).check();
    await page.getByLabel('Setting').selectOption('school');
    await page.getByLabel('Name', { exact: true }).fill('Dana Carter');
    await page.getByLabel('Relationship').fill('father');
    await page.getByLabel('Songs').fill('Twinkle Twinkle\nThe Wheels on the Bus');
    await page.getByLabel('Dislikes and sensitivities').fill('loud cymbals');
    await page.getByRole('button', { name: 'Create client' }).click();
    await page.getByRole('heading', { name: /Noah Carter/, level: 1 }).waitFor();
    clientUrl = new URL(page.url()).pathname;
    await page.getByText('The Wheels on the Bus', { exact: false }).waitFor();
    await page.getByText('Dana Carter, father').waitFor();
    await screen(page, 'chart-new');
  });

  it('builds a plan: a goal, three measurable objectives, and interventions linked to objectives', async () => {
    await page.getByRole('link', { name: 'Edit plan' }).click();
    await page.getByRole('heading', { name: 'Treatment plan: Noah Carter' }).waitFor();
    await page.getByLabel('Goal domain').selectOption({ label: 'Social skills ★' });
    await page.getByLabel('Goal statement').fill('Noah will increase reciprocal interaction with peers.');
    await page.getByRole('button', { name: 'Add goal' }).click();
    const goal = page.getByRole('article', { name: /Noah will increase reciprocal/ });
    await goal.waitFor();

    const addObjective = async (statement: string, type: string, criterion: string, readback: string, badMinimum?: string) => {
      await goal.getByRole('button', { name: /Add objective/ }).click();
      const form = page.getByRole('form', { name: 'New objective' });
      await form.getByLabel('Objective statement').fill(statement);
      await form.getByLabel('How it is measured').selectOption(type);
      await form.getByLabel('Mastery criterion').fill(criterion);
      await form.getByText(`Understood as: ${readback}`).waitFor();
      await form.getByRole('radio', { name: 'Intervention phase' }).check();
      if (badMinimum !== undefined) {
        // A minimum of opportunities that is no whole number is refused next to its field, and nothing is added.
        const minimum = form.getByLabel('Fewest opportunities per session (optional)');
        await minimum.fill(badMinimum);
        await form.getByRole('button', { name: 'Add objective' }).click();
        await form.locator('.field-error, [role="alert"]').filter({ hasText: /1|minimum|greater|number/i }).first().waitFor();
        expect(await goal.getByRole('link', { name: statement }).count()).toBe(0);
        await minimum.scrollIntoViewIfNeeded();
        await screen(page, 'objective-minimum-refused', { fullPage: false });
        await minimum.fill('');
      }
      await form.getByRole('button', { name: 'Add objective' }).click();
      await goal.getByRole('link', { name: statement }).waitFor();
    };
    await addObjective(TURN, 'trials', 'at least 80% in 3 consecutive sessions', '≥ 80 % in 3 consecutive sessions', '0');
    await addObjective(GREET, 'frequency', '>= 4 in 2 of the last 3 sessions', '≥ 4 in 2 of the last 3 sessions (at least 3 sessions)');
    await addObjective(ATTEND, 'duration', '≥ 120 in 3 consecutive sessions', '≥ 120 s in 3 consecutive sessions');

    // An intervention cannot be linked before its objective is chosen.
    const drum = page.getByRole('article', { name: 'Turn-taking drum game' });
    await page.getByLabel('Objective', { exact: true }).selectOption({ label: TURN });
    await drum.waitFor();
    await drum.getByText('Rhythm').first().waitFor(); // its music elements are shown
    await drum.getByRole('button', { name: /Link/ }).click();
    await drum.getByText('Linked').waitFor();
    await page.getByLabel('Objective', { exact: true }).selectOption({ label: GREET });
    const hello = page.getByRole('article', { name: 'Hello song greeting routine' });
    await hello.getByRole('button', { name: /Link/ }).click();
    await hello.getByText('Linked').waitFor();
    await page.getByLabel('Objective', { exact: true }).selectOption({ label: ATTEND });
    await page.getByLabel('Goal domain', { exact: true }).last().selectOption({ label: 'All domains' });
    const drum2 = page.getByRole('article', { name: 'Turn-taking drum game' });
    await drum2.getByRole('button', { name: /Link/ }).click();
    await drum2.getByText('Linked').waitFor();
    await page.getByLabel('Objective', { exact: true }).selectOption('');
    expect(await page.getByRole('article', { name: 'Turn-taking drum game' }).getByRole('button', { name: /Link/ }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: `New phase… for “${TURN}”` }).click();
    await page.getByLabel('Phase label').fill('Visual cue faded');
    await page.getByRole('button', { name: 'Add phase' }).click();
    await page.getByLabel('Phase label').waitFor({ state: 'detached' });
    await screen(page, 'plan');
  });

  it('plans a session and adds the interventions from the plan', async () => {
    await page.goto(server.url + clientUrl);
    await page.getByRole('link', { name: 'Plan a session' }).click();
    await page.getByRole('heading', { name: 'Plan a session' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Noah Carter' }).isChecked()).toBe(true);
    await page.getByLabel('Duration (minutes)').fill('30');
    await screen(page, 'session-planner');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByRole('heading', { name: 'Participants' }).waitFor();
    sessionId = new URL(page.url()).pathname.split('/')[2]!;
    const offer = page.getByRole('article', { name: 'Turn-taking drum game' });
    await offer.getByRole('button', { name: /to this session/ }).click();
    await page.getByRole('listitem').filter({ hasText: /Turn-taking drum game\s*planned, not delivered/ }).waitFor();
    await page.getByRole('article', { name: 'Hello song greeting routine' }).getByRole('button', { name: /to this session/ }).click();
    await page.getByRole('listitem').filter({ hasText: /Hello song greeting routine\s*planned, not delivered/ }).waitFor();
    // The music used, a song with its key and tempo: the intervention is then delivered.
    await page.getByRole('button', { name: '+ Song, key and tempo for Turn-taking drum game' }).click();
    const song = page.getByRole('form', { name: 'Add a song to Turn-taking drum game' });
    await song.getByLabel('Song or piece').fill('Drum call and response');
    await song.getByLabel('Key').selectOption('D major');
    await song.getByLabel('Tempo (bpm)').fill('96');
    await song.getByLabel('Instruments').fill('hand drum');
    await song.getByLabel('Response').fill('waited for his turn twice.');
    await song.getByRole('button', { name: 'Add song' }).click();
    await page.getByText('♪ Drum call and response (D major, 96 bpm, hand drum): waited for his turn twice').waitFor();
    await page.getByRole('listitem').filter({ hasText: /Turn-taking drum game\s*delivered/ }).waitFor();
    await screen(page, 'session');
  });

  const points = async () => {
    const r = await page.request.get(`${server.url}/api/v1/sessions/${sessionId}/data-points`);
    expect(r.ok()).toBe(true);
    return ((await r.json()) as { items: { id: string; objectiveId: string; deliveredInterventionId: string | null; event: { kind: string; outcome?: string; seconds?: number } }[] }).items;
  };

  it('captures trials, a count and a timed duration; keeps them through a dropped connection and a reload; stores each once', async () => {
    await page.getByRole('link', { name: 'Start capture' }).click();
    await card(page, TURN).waitFor();
    await page.getByRole('radio', { name: 'Turn-taking drum game' }).check();
    const turn = card(page, TURN);
    for (const name of ['Correct', 'Correct', 'Incorrect', 'Correct']) await turn.getByRole('button', { name, exact: true }).click();
    const greet = card(page, GREET);
    await greet.getByRole('button', { name: /Occurrence/ }).click();
    await greet.getByRole('button', { name: /Occurrence/ }).click();
    const attend = card(page, ATTEND);
    await attend.getByRole('button', { name: 'Start timing' }).click();
    await page.waitForTimeout(2200);
    await attend.getByRole('button', { name: /Stop/ }).click();
    await turn.getByText('3/4 trials correct (75 %)').waitFor();
    await waitAllSaved(page);
    await screen(page, 'capture');
    expect((await points()).length).toBe(7);

    await context.setOffline(true);
    await turn.getByRole('button', { name: 'Correct', exact: true }).click();
    await turn.getByRole('button', { name: 'Correct', exact: true }).click();
    await greet.getByRole('button', { name: /Occurrence/ }).click();
    await greet.getByRole('button', { name: /Occurrence/ }).click();
    await greet.getByRole('button', { name: /Undo occurrence/ }).click(); // never sent: dropped on the device
    await page.getByText('3 entries not yet sent').first().waitFor({ timeout: 10_000 });
    await screen(page, 'capture-offline');

    await page.reload(); // still offline: the shell comes from the service worker, the taps from IndexedDB
    await card(page, TURN).getByText('5/6 trials correct (83.3 %)').waitFor();
    await page.getByText('3 entries not yet sent').first().waitFor();
    await page.getByText('Offline: using the copy saved on this device').waitFor();
    await screen(page, 'capture-offline-reloaded');

    await context.setOffline(false);
    await waitAllSaved(page);
    await page.reload();
    await waitAllSaved(page);
    const stored = await points();
    expect(new Set(stored.map((p) => p.id)).size).toBe(stored.length);
    const trials = stored.filter((p) => p.event.kind === 'trial');
    expect(trials.length).toBe(6);
    expect(trials.filter((p) => p.event.outcome === 'success').length).toBe(5);
    expect(stored.filter((p) => p.event.kind === 'occurrence').length).toBe(3);
    const bouts = stored.filter((p) => p.event.kind === 'duration');
    expect(bouts.length).toBe(1);
    expect(bouts[0]!.event.seconds).toBeGreaterThanOrEqual(2);
    expect(trials.every((p) => p.deliveredInterventionId !== null)).toBe(true);
  });

  it('ends the session; the note is drafted with the right numbers, edited and signed', async () => {
    await page.getByRole('button', { name: 'End session and write the note' }).click();
    // A step of its own before the note: planned vs delivered, with ticks to change it; the capture grid is gone.
    const step = page.getByRole('region', { name: 'Before the note: what happened' });
    await step.waitFor();
    expect(await page.getByRole('button', { name: /Correct/ }).count()).toBe(0);
    const drum = step.getByRole('checkbox', { name: /Turn-taking drum game/ });
    expect(await drum.isChecked()).toBe(true);
    await drum.click(); // the tick is saved, then the list refreshes: wait for the words, not the box
    await step.getByText('planned, not delivered').waitFor();
    await drum.click();
    await step.getByText('delivered', { exact: true }).first().waitFor();
    await screen(page, 'end-step');
    await step.getByRole('button', { name: 'Go on to the note' }).click();
    await page.getByRole('heading', { name: /SOAP note: Noah Carter/ }).waitFor();
    const objective = page.getByTestId('note-objective');
    await expect.poll(() => objective.textContent()).toContain('5/6 trials correct (83.3 %)');
    // The real length from capture's start and end (a minute or two here), not the planned 30 minutes.
    expect(await objective.textContent()).toMatch(/Noah attended a \d+-minute individual session/);
    expect(await objective.textContent()).toMatch(/3 occurrences in \d+ (?:s|min) /);
    expect(await objective.textContent()).toContain('Turn-taking drum game');
    expect(await objective.textContent()).toContain('Drum call and response (D major, 96 bpm, hand drum): waited for his turn twice.');
    await page.getByLabel('Subjective').fill('Arrived calm; father reports a good week at school.');
    await page.getByLabel('Assessment').fill('Turn taking is emerging with a visual cue.');
    await page.getByLabel('Plan').fill('Continue the drum game; fade the visual cue.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText(/^Saved at/).waitFor();
    await screen(page, 'note-draft');
    // The caseload's to-do now owes this note, and leads back to it.
    await page.getByLabel('Main').getByRole('link', { name: 'Caseload' }).click();
    const todo = page.getByRole('region', { name: 'To do' });
    await todo.getByRole('listitem').filter({ hasText: 'Noah Carter' }).filter({ hasText: 'note drafted, not signed' }).waitFor();
    await todo.getByRole('link', { name: 'Noah Carter' }).click();
    await page.getByRole('heading', { name: /SOAP note: Noah Carter/ }).waitFor();
    await page.getByRole('button', { name: 'Sign note…' }).click();
    await page.getByRole('button', { name: 'Sign and lock' }).click();
    await page.getByText(/Signed by Jordan Ellis/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Subjective' }).count()).toBe(0); // read-only now
    await page.getByRole('textbox', { name: 'Addendum' }).fill('The father also reported improved sleep.');
    await page.getByLabel('Reason for the correction').fill('information received after signing');
    await page.getByRole('button', { name: 'Sign addendum' }).click();
    await page.getByText('Reason: information received after signing').waitFor();
    await screen(page, 'note-signed');
    await page.getByLabel('Main').getByRole('link', { name: 'Caseload' }).click();
    await page.getByRole('region', { name: 'To do' }).getByRole('heading', { name: 'To do' }).waitFor();
    await page.getByRole('region', { name: 'Clients' }).getByRole('link', { name: 'Noah Carter' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'To do' }).getByText('Noah Carter').count()).toBe(0);
  });

  it('shows the session’s points on the progress graph', async () => {
    await page.goto(server.url + clientUrl + '/progress');
    await page.getByRole('heading', { name: 'Progress: Noah Carter' }).waitFor();
    await page.getByTestId('progress-chart').first().locator('svg').waitFor();
    await screen(page, 'client-progress');
    await page.getByRole('link', { name: TURN }).click();
    await page.getByRole('heading', { name: TURN }).waitFor();
    const chart = page.getByTestId('progress-chart');
    await chart.locator('svg circle').first().waitFor();
    expect(await chart.locator('svg circle').count()).toBeGreaterThanOrEqual(1);
    await page.getByText('The session values as a table (1)').click();
    await page.getByRole('row', { name: /Visual cue faded.*83\.3 %\s+6$/ }).waitFor();
    expect(await chart.locator('svg').textContent()).toContain('Visual cue faded'); // the phase change, labelled
    await screen(page, 'progress');
  });

  it('runs a group session with three participants: a grid of participants × objectives, attendance, data for each', async () => {
    await groupSession(page, server, GREET);
  });

  it('an intern’s note waits for the supervisor, who co-signs it from the queue', async () => {
    await internNoteCosigned(browser, page, server, clientUrl, TURN);
  });

  it('browses the library and keeps every screen usable at 390 and 768 px', async () => {
    await page.goto(server.url + '/library');
    await page.getByRole('article', { name: 'Turn-taking drum game' }).waitFor();
    await screen(page, 'library');
    await page.getByRole('button', { name: 'Goal domains' }).click();
    await page.getByRole('heading', { name: 'Social skills' }).waitFor();
    for (const width of [390, 768]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 1024 });
      await page.goto(`${server.url}/sessions/${sessionId}/capture`);
      await page.getByText('The note for this session is signed: capture is closed').waitFor(); // signed: read-only, and says why
      expect(await page.getByRole('button', { name: 'Correct', exact: true }).count()).toBe(0);
      await screen(page, `capture-signed-${width}`);
      await page.goto(`${server.url}/sessions/${sessionId}`);
      await page.getByText('♪ Drum call and response').waitFor();
      expect(await page.getByRole('button', { name: /\+ Song/ }).count()).toBe(0);
      await screen(page, `session-signed-${width}`);
      await page.goto(server.url + clientUrl);
      await page.getByRole('heading', { name: 'Goals and objectives' }).waitFor();
      await screen(page, `chart-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
