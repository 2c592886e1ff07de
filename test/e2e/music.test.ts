/**
 * The music in the record, in Chromium on the demo practice: Harold's cadence walked to a RAS cue is
 * graphed against the cue tempo (steps/min), and his music screen shows the repertoire beside his
 * preferences, with the values by music element, descriptive and with n. Screens at 390, 768 and 1280 px.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS, type Running } from './server.js';
import { demoInChromium, screen, signIn } from './helpers.js';
import { seededUuid } from '../../src/cli/demo/ids.js';

const WIDTHS = [390, 768, 1280] as const;
const harold = seededUuid('client/harold');

/** No sideways scroll: the page is no wider than the viewport. */
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the music in the record, in Chromium', () => {
  let server: Running;
  let page: Page;
  const demo = demoInChromium();
  beforeAll(() => ({ server, page } = demo));

  it('graphs Harold’s cadence against the RAS cue tempo, in steps/min, with the cue in the table', async () => {
    await signIn(page, server.url, 'therapist2@demo.crescendo.test');
    await page.goto(`${server.url}/clients/${harold}/progress`);
    await page.getByRole('link', { name: /rhythmic auditory cue/ }).click();
    await page.getByRole('heading', { level: 1, name: /rhythmic auditory cue/ }).waitFor();
    await page.getByTestId('progress-chart').locator('svg').waitFor();
    expect(await page.getByText('RAS cue tempo').count()).toBe(1);
    const svg = await page.getByTestId('progress-chart').innerHTML();
    expect(svg).toContain('Cadence and cue tempo (steps/min)');
    await page.getByText(/The session values as a table/).click();
    const table = page.getByRole('table', { name: 'Session values' });
    expect(await table.getByRole('columnheader', { name: 'Cue tempo' }).count()).toBe(1);
    expect(await table.getByRole('cell', { name: /steps\/min$/ }).count()).toBeGreaterThan(20);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 1024 });
      await page.waitForTimeout(200);
      expect(await noSidewaysScroll(page), `${width} px`).toBe(true);
      await screen(page, `music-cadence-cue-${width}`, { axe: width === 1280 });
      await page.getByTestId('progress-chart').screenshot({ path: path.join(SHOTS, `music-cadence-chart-${width}.png`) });
    }
  });

  it('shows Harold’s repertoire beside his preferences, searchable, and the values by music element with n and the descriptive sentence', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/clients/${harold}`);
    await page.getByRole('link', { name: 'Music', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Music: Harold Jensen' }).waitFor();
    await page.getByRole('heading', { name: 'The Stars and Stripes Forever' }).waitFor();
    expect(await page.getByRole('heading', { name: 'The Washington Post' }).count()).toBe(1);
    await page.getByText(/Descriptive only: .*not that the music caused a difference/).waitFor();
    const byMusic = page.getByRole('region', { name: 'Objective values by the music used' });
    await byMusic.getByRole('table', { name: 'Live or recorded' }).first().waitFor();
    expect(await byMusic.getByRole('table', { name: 'Live or recorded' }).first().getByRole('rowheader', { name: 'recorded' }).count()).toBe(1);
    expect(await byMusic.getByRole('columnheader', { name: 'n', exact: true }).count()).toBeGreaterThan(0);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 1024 });
      await page.waitForTimeout(200);
      expect(await noSidewaysScroll(page), `${width} px`).toBe(true);
      await screen(page, `music-repertoire-${width}`, { axe: width === 1280 });
      await page.screenshot({ path: path.join(SHOTS, `music-repertoire-top-${width}.png`) });
    }
    await page.getByLabel('Search songs').fill('washington');
    expect(await page.getByRole('heading', { name: 'The Stars and Stripes Forever' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'The Washington Post' }).count()).toBe(1);
  });
});
