/**
 * Capture with one hand (the other on the guitar): the thumb bar at the bottom of a tablet and a
 * phone. Ten trials at mixed prompt levels cost one tap each plus one per prompt change, with the page
 * never scrolled; the prompt level after a trial follows the objective's choice (stays or resets);
 * a group of four fits on a tablet and on a phone, a row per member, each row with an Undo of its own
 * member's last tap; offline taps are shown as kept on the device.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { apiClient, card, demoInChromium, screen, signIn, waitAllSaved } from './helpers.js';

const LEVELS = ['independent', 'gestural', 'verbal', 'model'];
const PHRASE = 'Plays the answer phrase on the drum after the guitar’s call';
type Level = 'independent' | 'gestural' | 'verbal' | 'model';

/** Ten trials, mixed: [prompt level, outcome]. */
const TRIALS: [Level, 'success' | 'failure'][] = [
  ['independent', 'success'], ['independent', 'failure'], ['verbal', 'success'], ['verbal', 'success'], ['independent', 'failure'],
  ['model', 'success'], ['gestural', 'success'], ['gestural', 'failure'], ['independent', 'success'], ['verbal', 'success'],
];

async function json<T>(page: Page, method: 'get' | 'post' | 'patch', url: string, data?: unknown): Promise<T> {
  const r = await page.request[method](url, data ? { data } : {});
  if (!r.ok()) throw new Error(`${method} ${url}: ${r.status()} ${await r.text()}`);
  return (await r.json()) as T;
}

/** Counts every press the page receives, whatever is pressed. */
async function countPresses(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { presses: number };
    w.presses = 0;
    window.addEventListener('pointerdown', () => w.presses++, { capture: true });
  });
}
const presses = (page: Page) => page.evaluate(() => (window as unknown as { presses: number }).presses);

/** The box is wholly on screen, the page not scrolled: pressed where it is, no scrolling first. */
async function onScreen(page: Page, target: Locator, what: string) {
  const box = (await target.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  expect(box.y >= 0 && box.x >= 0 && box.y + box.height <= view.height && box.x + box.width <= view.width, `${what} on screen at ${view.width}×${view.height}: ${JSON.stringify(box)}`).toBe(true);
  expect(Math.min(box.width, box.height), `${what} is at least 44 px`).toBeGreaterThanOrEqual(44);
}

describe('capture with one hand', () => {
  const demo = demoInChromium();
  let page: Page;
  let base: string;
  let clientId: string;
  let objectiveId: string;
  beforeAll(async () => {
    ({ page } = demo);
    base = demo.server.url;
    await signIn(page, base, 'therapist1@demo.crescendo.test');
    clientId = await apiClient(page, base, 'Iris', 'Vale', PHRASE, LEVELS);
    const plan = await json<{ goals: { objectives: { id: string }[] }[] }>(page, 'get', `${base}/api/v1/clients/${clientId}/plan`);
    objectiveId = plan.goals[0]!.objectives[0]!.id;
  });

  async function session(clientIds: string[], interventions = false): Promise<string> {
    const id = crypto.randomUUID();
    await json(page, 'post', `${base}/api/v1/sessions`, {
      id, type: clientIds.length > 1 ? 'group' : 'individual', startsAt: new Date(Date.now() - 5 * 60_000).toISOString(), durationMinutes: 30, setting: 'school',
      participants: clientIds.map((c) => ({ clientId: c, attendance: 'present' })),
    });
    if (interventions) {
      // Planned in this order; the first is already delivered, so the second is the one "now".
      const library = await json<{ items: { id: string; name: string }[] }>(page, 'get', `${base}/api/v1/interventions`);
      for (const [k, iv] of library.items.slice(0, 2).entries())
        await json(page, 'post', `${base}/api/v1/sessions/${id}/interventions`, { id: crypto.randomUUID(), interventionId: iv.id, objectiveIds: [objectiveId], delivered: k === 0 });
    }
    return id;
  }
  const stored = async (sessionId: string) =>
    (await json<{ items: { clientId: string; event: { outcome: string; promptLevel?: string } }[] }>(page, 'get', `${base}/api/v1/sessions/${sessionId}/data-points`)).items;

  for (const [width, height] of [[768, 1024], [390, 844]] as const) {
    it(`takes 10 mixed-prompt trials at ${width}×${height} with one press per trial and per prompt change, never scrolling`, async () => {
      await page.setViewportSize({ width, height });
      const sessionId = await session([clientId], true);
      await page.goto(`${base}/sessions/${sessionId}/capture`);
      const bar = page.getByTestId('thumb-bar');
      await bar.getByRole('button', { name: 'Correct', exact: true }).waitFor();
      await page.getByTestId('session-clock').filter({ hasText: /\d+:\d\d since the start/ }).waitFor();
      const library = await json<{ items: { name: string }[] }>(page, 'get', `${base}/api/v1/interventions`);
      expect(await page.getByRole('radio', { name: library.items[1]!.name }).isChecked(), 'the next planned intervention not yet delivered is the one now').toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await countPresses(page);

      let level: Level = 'independent';
      let changes = 0;
      for (const [k, [want, outcome]] of TRIALS.entries()) {
        if (want !== level) {
          const chip = bar.locator(`label.chip[data-level="${want}"]`);
          await onScreen(page, chip, `prompt ${want}`);
          await chip.click();
          changes++;
          level = want;
        }
        const button = bar.getByRole('button', { name: outcome === 'success' ? 'Correct' : 'Incorrect', exact: true });
        await onScreen(page, button, `trial ${k + 1}`);
        expect((await button.textContent())?.toLowerCase(), 'the level is on the button').toContain(want);
        await button.click();
        expect(await page.evaluate(() => window.scrollY), `scrolled after trial ${k + 1}`).toBe(0);
      }
      expect(changes).toBe(6);
      expect(await presses(page)).toBe(TRIALS.length + changes);
      await card(page, PHRASE).getByText('7/10 trials correct').waitFor();
      expect(await bar.getByTestId('bar-tally').textContent()).toContain('7/10 trials correct');
      await waitAllSaved(page);
      expect((await stored(sessionId)).map((p) => [p.event.promptLevel, p.event.outcome])).toEqual(TRIALS);
      await screen(page, `thumb-${width}`, { fullPage: false });
      await screen(page, `thumb-${width}-full`);
    });
  }

  it('at 1280 wide: the bar steps between objectives, follows the card used, and the page is padded to stay clear of it', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const sessionId = await session([clientId], true);
    await page.goto(`${base}/sessions/${sessionId}/capture`);
    const bar = page.getByTestId('thumb-bar');
    await bar.getByRole('button', { name: 'Correct', exact: true }).waitFor();
    await screen(page, 'thumb-1280', { fullPage: false });
    // A second objective: the bar steps to it, and a tap in a card brings that card's objective into the bar.
    const plan = await json<{ goals: { id: string }[] }>(page, 'get', `${base}/api/v1/clients/${clientId}/plan`);
    await json(page, 'post', `${base}/api/v1/goals/${plan.goals[0]!.id}/objectives`, {
      id: crypto.randomUUID(), statement: 'Iris starts a drum call for a peer', behaviour: 'starts a drum call', shortLabel: 'starting a drum call', status: 'active', direction: 'increase',
      measurement: { type: 'frequency' }, criterion: { comparator: '>=', value: 3, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 },
    });
    await page.reload();
    await bar.getByText('1 of 2').waitFor();
    await bar.getByRole('button', { name: 'Next objective' }).click();
    await bar.getByText('starting a drum call', { exact: true }).waitFor();
    await bar.getByRole('button', { name: /Occurrence/ }).click();
    await card(page, 'Iris starts a drum call for a peer').getByText('1 occurrence').waitFor();
    await card(page, PHRASE).getByRole('button', { name: 'Correct', exact: true }).click();
    await bar.getByRole('button', { name: 'Correct', exact: true }).waitFor();
    expect(await bar.getByText('1 of 2').count()).toBe(1);
    // Scrolled to the end: the last control of the page is above the bar, not under it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const [end, barBox] = await Promise.all([page.getByRole('button', { name: /End session/ }).boundingBox(), bar.boundingBox()]);
    expect(end!.y + end!.height).toBeLessThanOrEqual(barBox!.y);
  });

  it('resets the prompt level after each trial when the objective says so, and keeps it when it says stay', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const o = await json<{ version: number }>(page, 'get', `${base}/api/v1/objectives/${objectiveId}`);
    await json(page, 'patch', `${base}/api/v1/objectives/${objectiveId}`, { version: o.version, promptAfterTrial: 'reset' });
    const sessionId = await session([clientId]);
    await page.goto(`${base}/sessions/${sessionId}/capture`);
    const bar = page.getByTestId('thumb-bar');
    const rule = card(page, PHRASE).getByRole('checkbox', { name: /After each trial, back to independent/ });
    await rule.waitFor();
    expect(await rule.isChecked()).toBe(true);
    await bar.locator('label.chip[data-level="verbal"]').click();
    await bar.getByRole('button', { name: 'Correct', exact: true }).click();
    await bar.getByRole('button', { name: 'Correct', exact: true }).filter({ hasText: 'Independent' }).waitFor();
    expect(await bar.locator('label.chip[data-level="independent"] input').isChecked()).toBe(true);
    // The card follows the same level.
    expect(await card(page, PHRASE).getByRole('radio', { name: 'Independent' }).isChecked()).toBe(true);

    // Back to "stays", from capture itself.
    await rule.uncheck();
    await expect.poll(async () => (await json<{ promptAfterTrial: string }>(page, 'get', `${base}/api/v1/objectives/${objectiveId}`)).promptAfterTrial).toBe('stay');
    await bar.locator('label.chip[data-level="verbal"]').click();
    await bar.getByRole('button', { name: 'Incorrect', exact: true }).click();
    await bar.getByRole('button', { name: 'Correct', exact: true }).click();
    expect(await bar.locator('label.chip[data-level="verbal"] input').isChecked()).toBe(true);
    await card(page, PHRASE).getByText('2/3 trials correct').waitFor();
    await waitAllSaved(page);
    expect((await stored(sessionId)).map((p) => [p.event.promptLevel, p.event.outcome])).toEqual([['verbal', 'success'], ['verbal', 'failure'], ['verbal', 'success']]);
  });

  it('shows, offline, that taps are kept on the device and will be sent', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const sessionId = await session([clientId]);
    await page.goto(`${base}/sessions/${sessionId}/capture`);
    const bar = page.getByTestId('thumb-bar');
    await bar.getByRole('button', { name: 'Correct', exact: true }).waitFor();
    await demo.context.setOffline(true);
    await bar.getByRole('button', { name: 'Correct', exact: true }).click();
    await bar.getByTestId('offline-badge').filter({ hasText: '1 tap kept on this device, sent when the connection returns' }).waitFor({ timeout: 15_000 });
    await screen(page, 'thumb-offline-390', { fullPage: false });
    await demo.context.setOffline(false);
    await waitAllSaved(page);
    await bar.getByTestId('offline-badge').waitFor({ state: 'detached', timeout: 15_000 });
    expect((await stored(sessionId)).length).toBe(1);
  });

  /** Three more clients with the same kind of objective: Iris, Juno, Kai and Lena, in the rows in this order. */
  let group: string[] | null = null;
  async function four(): Promise<string[]> {
    if (group) return group;
    const others: string[] = [];
    for (const [first, last] of [['Juno', 'Marsh'], ['Kai', 'Obi'], ['Lena', 'Roth']] as const) others.push(await apiClient(page, base, first, last, `${first} plays the answer phrase on the drum`, LEVELS));
    group = [clientId, ...others];
    return group;
  }
  const NAMES = ['Iris Vale', 'Juno Marsh', 'Kai Obi', 'Lena Roth'];
  const undoIn = (row: Locator, i: number) => row.getByRole('button', { name: `Undo ${NAMES[i]}’s last tap`, exact: true });

  /** Nothing wider than the screen: neither the page, the bar nor the grid of rows scrolls sideways, and the bar shows every row without scrolling. */
  async function fits(page: Page, what: string) {
    const m = await page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('[data-testid="thumb-bar"]')!;
      const grid = bar.querySelector<HTMLElement>('.group-grid')!;
      return {
        page: [document.documentElement.scrollWidth, window.innerWidth],
        bar: [bar.scrollWidth, bar.clientWidth, bar.scrollHeight, bar.clientHeight],
        grid: [grid.scrollWidth, grid.clientWidth],
        scrollY: window.scrollY,
        // What sticks out past the right edge, named in the failure.
        wide: [...bar.querySelectorAll<HTMLElement>('*')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${JSON.stringify(e.getBoundingClientRect())} ${e.textContent?.slice(0, 30)}`),
      };
    });
    expect(m.page[0], `${what}: the page is no wider than the screen`).toBeLessThanOrEqual(m.page[1]!);
    expect(m.grid[0], `${what}: the grid of rows does not scroll sideways`).toBeLessThanOrEqual(m.grid[1]!);
    expect(m.bar[0], `${what}: the bar does not scroll sideways ${m.wide.join('\n')}`).toBeLessThanOrEqual(m.bar[1]!);
    expect(m.bar[2], `${what}: the bar shows every row without scrolling`).toBeLessThanOrEqual(m.bar[3]!);
    expect(m.scrollY, `${what}: the page is not scrolled`).toBe(0);
  }

  for (const [width, height] of [[768, 1024], [390, 844]] as const) {
    it(`a group of four at ${width}×${height}: a row per member, every row's buttons on screen, nothing scrolled`, async () => {
      await page.setViewportSize({ width, height });
      const members = await four();
      const sessionId = await session(members);
      await page.goto(`${base}/sessions/${sessionId}/capture`);
      const rows = page.getByTestId('group-row');
      await expect.poll(() => rows.count()).toBe(4);
      await rows.nth(3).getByRole('button', { name: 'Correct', exact: true }).waitFor();
      await fits(page, 'before any tap');
      await countPresses(page);
      for (let i = 0; i < 4; i++) {
        const row = rows.nth(i);
        expect(await undoIn(row, i).isDisabled(), `row ${i + 1}: nothing to undo yet`).toBe(true);
        for (const b of await row.getByRole('button').all()) await onScreen(page, b, `row ${i + 1} button ${await b.textContent()}`);
        for (const c of await row.locator('label.chip').all()) await onScreen(page, c, `row ${i + 1} prompt ${await c.textContent()}`);
        await row.getByRole('button', { name: i % 2 ? 'Incorrect' : 'Correct', exact: true }).click();
      }
      await fits(page, 'after a tap in each row');
      expect(await presses(page)).toBe(4);
      await expect.poll(async () => (await stored(sessionId)).length, { timeout: 20_000 }).toBe(4);
      const points = await stored(sessionId);
      expect(members.map((m) => points.filter((p) => p.clientId === m).map((p) => p.event.outcome))).toEqual([['success'], ['failure'], ['success'], ['failure']]);
      for (let i = 0; i < 4; i++) expect(await undoIn(rows.nth(i), i).isEnabled(), `row ${i + 1}: its tap can be undone`).toBe(true);
      await screen(page, `group-${width}`, { fullPage: false });
      if (width === 768) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await screen(page, 'group-1280', { fullPage: false });
      }
    });
  }

  it('a group row\'s Undo takes back that member\'s last tap only, sent or still on the device', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const members = await four();
    const sessionId = await session(members);
    await page.goto(`${base}/sessions/${sessionId}/capture`);
    const rows = page.getByTestId('group-row');
    await expect.poll(() => rows.count()).toBe(4);
    const bar = page.getByTestId('thumb-bar');
    const pointsOf = async (m: string) => (await stored(sessionId)).filter((p) => p.clientId === m).map((p) => p.event.outcome);

    // Sent: both taps reach the server, then row 1's is voided there through the undo route.
    await rows.nth(0).getByRole('button', { name: 'Correct', exact: true }).click();
    await rows.nth(1).getByRole('button', { name: 'Correct', exact: true }).click();
    await expect.poll(async () => (await stored(sessionId)).length, { timeout: 20_000 }).toBe(2);
    await waitAllSaved(page);
    await undoIn(rows.nth(0), 0).click();
    await expect.poll(() => undoIn(rows.nth(0), 0).isDisabled()).toBe(true);
    await waitAllSaved(page);
    await expect.poll(() => pointsOf(members[0]!), { timeout: 20_000 }).toEqual([]);
    expect(await pointsOf(members[1]!), 'row 2 keeps its tap').toEqual(['success']);
    expect(await undoIn(rows.nth(1), 1).isEnabled()).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Not yet sent: the undo drops the tap from the device, and nothing of it ever reaches the server.
    await demo.context.setOffline(true);
    await rows.nth(2).getByRole('button', { name: 'Incorrect', exact: true }).click();
    await rows.nth(1).getByRole('button', { name: 'Incorrect', exact: true }).click();
    await bar.getByTestId('offline-badge').filter({ hasText: '2 taps kept on this device' }).waitFor({ timeout: 15_000 });
    await undoIn(rows.nth(2), 2).click();
    await bar.getByTestId('offline-badge').filter({ hasText: '1 tap kept on this device' }).waitFor({ timeout: 15_000 });
    expect(await undoIn(rows.nth(2), 2).isDisabled(), 'row 3 has nothing left to undo').toBe(true);
    await demo.context.setOffline(false);
    await waitAllSaved(page);
    await expect.poll(() => pointsOf(members[1]!), { timeout: 20_000 }).toEqual(['success', 'failure']);
    expect(await pointsOf(members[2]!)).toEqual([]);
    expect(await pointsOf(members[0]!)).toEqual([]);
    expect(await pointsOf(members[3]!)).toEqual([]);
  });
});
