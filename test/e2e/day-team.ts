/** The team scenarios of the therapist's day: a group session, and an intern's note co-signed by the supervisor. */
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Running } from './server.js';
import { apiClient, card, screen, signIn, waitAllSaved } from './helpers.js';

/** Three participants (Noah from the day, two made here): a grid, attendance, prompt-level codes, the group note. */
export async function groupSession(page: Page, server: Running, GREET: string) {
  await apiClient(page, server.url, 'Ava', 'Reed', 'Ava plays the answer phrase', ['independent', 'gestural', 'verbal', 'model']);
  await apiClient(page, server.url, 'Leo', 'Grant', 'Leo passes the shaker on cue');
  await page.goto(`${server.url}/sessions/new`);
  for (const name of ['Noah Carter', 'Ava Reed', 'Leo Grant']) await page.getByRole('checkbox', { name }).check();
  expect(await page.getByLabel('Session type').inputValue()).toBe('group');
  await page.getByLabel('Group name (optional)').fill('Friday rhythm group');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('heading', { name: /Friday rhythm group session/ }).waitFor();
  const groupId = new URL(page.url()).pathname.split('/')[2]!;
  await page.getByRole('link', { name: 'Start capture' }).click();
  await page.setViewportSize({ width: 1024, height: 1366 });
  const ava = card(page, 'Ava: Ava plays the answer phrase');
  await ava.waitFor();
  await page.getByLabel('Attendance of Leo').selectOption('absent');
  await page.getByText('Marked absent: no data is taken.').waitFor();
  await ava.getByRole('radio', { name: 'Verbal' }).check();
  await ava.getByRole('button', { name: 'Correct', exact: true }).click();
  await ava.getByRole('radio', { name: 'Independent' }).check();
  await ava.getByRole('button', { name: 'Correct', exact: true }).click();
  await card(page, `Noah: ${GREET}`).getByRole('button', { name: /Occurrence/ }).click();
  await ava.getByText('2/2 trials correct (100 %), 1 independent (50 %)').waitFor();
  await waitAllSaved(page);
  await screen(page, 'capture-group');
  const r = await page.request.get(`${server.url}/api/v1/sessions/${groupId}/data-points`);
  const stored = ((await r.json()) as { items: { clientId: string; event: { kind: string; promptLevel?: string } }[] }).items;
  expect(stored.length).toBe(3);
  expect(stored.filter((p) => p.event.kind === 'trial').map((p) => p.event.promptLevel).sort()).toEqual(['independent', 'verbal']);
  await page.getByRole('button', { name: 'End session and write the notes' }).click();
  await page.getByRole('heading', { name: 'Before the note: what happened' }).waitFor();
  await page.getByRole('button', { name: 'Go on to the notes' }).click();
  await page.getByRole('link', { name: 'Note for Ava' }).click();
  await expect.poll(() => page.getByTestId('note-objective').textContent(), { timeout: 15_000 }).toContain('(Friday rhythm group)');
  expect(await page.getByTestId('note-objective').textContent()).toContain('2/2 trials correct (100 %), 1 independent (50 %)');
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The intern documents a session of Noah's; the supervisor co-signs from the queue on the dashboard. */
export async function internNoteCosigned(browser: Browser, page: Page, server: Running, clientUrl: string, TURN: string) {
  // A therapist sees the practice's clinicians by name and role, not their emails.
  const users = (await (await page.request.get(`${server.url}/api/v1/users`)).json()) as { items: { id: string; roles: string[]; email: string | null }[] };
  const internUser = users.items.find((u) => u.roles.includes('intern'));
  expect(internUser?.email ?? null).toBeNull();
  const internId = internUser!.id;
  const clientId = clientUrl.split('/')[2]!;
  expect((await page.request.post(`${server.url}/api/v1/clients/${clientId}/care-team`, { data: { userId: internId } })).ok()).toBe(true);
  const internContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const intern = await internContext.newPage();
  await signIn(intern, server.url, 'intern@demo.crescendo.test');
  await intern.getByRole('region', { name: 'Clients' }).getByRole('link', { name: 'Noah Carter' }).click();
  expect(await intern.getByRole('link', { name: 'Edit plan' }).count()).toBe(0); // interns document; they do not change plans
  await intern.getByRole('link', { name: 'Plan a session' }).click();
  await intern.getByRole('button', { name: 'Create session' }).click();
  await intern.getByRole('link', { name: 'Start capture' }).click();
  await card(intern, TURN).getByRole('button', { name: 'Correct', exact: true }).click();
  await waitAllSaved(intern);
  await intern.getByRole('button', { name: 'End session and write the note' }).click();
  await intern.getByRole('button', { name: 'Go on to the note' }).click();
  await intern.getByLabel('Assessment').fill('Took the turn independently after the visual cue.');
  await intern.getByRole('button', { name: 'Sign note…' }).click();
  await intern.getByRole('button', { name: 'Sign and lock' }).click();
  await intern.getByText(/Waiting for the co-signature of Dr. Renée Park/).waitFor();
  const noteUrl = new URL(intern.url()).pathname;
  await internContext.close();

  const supervisorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const supervisor = await supervisorContext.newPage();
  await signIn(supervisor, server.url, 'supervisor@demo.crescendo.test');
  const queue = supervisor.getByRole('region', { name: 'Notes waiting for your co-signature' });
  await queue.getByRole('link', { name: 'Noah Carter' }).waitFor();
  await screen(supervisor, 'cosign-queue');
  await queue.getByRole('link', { name: 'Noah Carter' }).click();
  expect(new URL(supervisor.url()).pathname).toBe(noteUrl);
  await supervisor.getByRole('button', { name: 'Co-sign this note' }).click();
  await supervisor.getByText(/co-signed by Dr. Renée Park/).waitFor();
  await screen(supervisor, 'note-cosigned');
  await supervisorContext.close();
}
