import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';

describe.each(engines())('group notes on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  /** Ava and Noah attend, Eli is absent (illness); one drum game served Ava's and Noah's objectives, with a song for the group and one for Ava. */
  async function groupSession() {
    const t1 = p.users.therapist1.api;
    const [ava, noah, eli] = [await clientWithPlan(t1, { firstName: 'Ava' }), await clientWithPlan(t1, { firstName: 'Noah' }), await clientWithPlan(t1, { firstName: 'Eli' })];
    const s = await createSession(t1, [ava!.client.id, noah!.client.id, eli!.client.id]);
    await expectOk(t1.put(`/api/v1/sessions/${s.id}/participants/${eli!.client.id}/attendance`, { attendance: 'absent', absenceReason: 'illness' }));
    const d = await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: ava!.intervention.id, objectiveIds: [ava!.trials.id, noah!.trials.id], delivered: true }), 201);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/music`, { id: id(), deliveredInterventionId: d.id, title: 'Pass the Beat', key: 'C major', tempoBpm: 96 }), 201);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/music`, { id: id(), deliveredInterventionId: d.id, title: 'Let It Go', clientId: ava!.client.id }), 201);
    const points = [trial(ava!.client.id, ava!.trials.id, 'success'), trial(ava!.client.id, ava!.trials.id, 'failure'), trial(noah!.client.id, noah!.trials.id, 'success')];
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points }), 201);
    return { t1, s, ava: ava!, noah: noah!, eli: eli!, d };
  }

  it('drafts one shared part and a data section for each attending member, none for the absent one', async () => {
    const { t1, s, ava, noah, eli } = await groupSession();
    const g = await expectOk(t1.post(`/api/v1/sessions/${s.id}/group-note`, { id: id() }), 201);
    expect(g.status).toBe('draft');
    expect(g.sections.membership).toBe(['3 members, 2 attended:', '• Ava: attended, 30 minutes.', '• Eli: absent (illness).', '• Noah: attended, 30 minutes.'].join('\n'));
    expect(g.sections.process).toContain('Pass the Beat');
    expect(g.sections.process).not.toContain('Let It Go'); // Ava's own song stays in Ava's section
    expect(g.sections.process).not.toContain('Takes a turn'); // no member's objective in the shared part
    expect(g.sections.purpose).toMatch(/social skills/i);
    const byName = Object.fromEntries(g.members.map((m: { name: string }) => [m.name, m]));
    expect(byName.Eli.note).toBeNull();
    const avaNote = byName.Ava.note;
    expect(avaNote.sections.objective).toContain('1/2');
    expect(avaNote.sections.objective).toContain('Let It Go');
    expect(avaNote.groupPart.membership).toBe('Ava: attended, 30 minutes.\n2 other group members: 1 attended, 1 did not.');
    for (const text of [avaNote.sections.objective, ...Object.values(avaNote.groupPart) as string[]]) {
      expect(text).not.toContain('Noah');
      expect(text).not.toContain('Eli');
      expect(text).not.toMatch(/\.\.|\.:/);
    }
    expect(byName.Noah.note.sections.objective).not.toContain('Ava');
    expect(byName.Noah.note.sections.objective).not.toContain('Let It Go');
    // One group note per session; the member's chart lists its own note.
    const again = await t1.post(`/api/v1/sessions/${s.id}/group-note`, { id: id() });
    expect(again.status).toBe(409);
    expect(again.body.existingId).toBe(g.id);
    expect((await expectOk(t1.get(`/api/v1/sessions/${s.id}/group-note`))).id).toBe(g.id);
    const chart = (await expectOk(t1.get(`/api/v1/clients/${ava.client.id}/notes`))).items;
    expect(chart.map((n: { id: string }) => n.id)).toEqual([avaNote.id]);
    expect((await expectOk(t1.get(`/api/v1/clients/${eli.client.id}/notes`))).items).toEqual([]);
    expect(noah).toBeTruthy();
  });

  it('signs the group note and every member’s note together, then locks them (409 and the database)', async () => {
    const { t1, s, ava, noah } = await groupSession();
    const g = await expectOk(t1.post(`/api/v1/sessions/${s.id}/group-note`, { id: id() }), 201);
    const edited = await expectOk(t1.patch(`/api/v1/group-notes/${g.id}`, { version: g.version, sections: { purpose: 'Social skills group: turn taking and joining peers.' } }));
    const avaNote = edited.members.find((m: { clientId: string }) => m.clientId === ava.client.id).note;
    expect(avaNote.groupPart.purpose).toBe('Social skills group: turn taking and joining peers.');
    // A member's note is signed with its group note, not alone.
    const alone = await t1.post(`/api/v1/notes/${avaNote.id}/sign`, { version: avaNote.version, confirmEmptySections: true });
    expect(alone.status).toBe(409);
    const unconfirmed = await t1.post(`/api/v1/group-notes/${g.id}/sign`, { version: edited.version });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.errors.map((e: { path: string }) => e.path)).toContain(`members.${ava.client.id}.sections`);
    const signed = await expectOk(t1.post(`/api/v1/group-notes/${g.id}/sign`, { version: edited.version, confirmEmptySections: true }));
    expect(signed.status).toBe('signed');
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    for (const m of signed.members.filter((x: { attended: boolean }) => x.attended)) expect(m.note.status).toBe('signed');
    const mine = await expectOk(t1.get(`/api/v1/notes/${avaNote.id}`));
    expect(mine).toMatchObject({ status: 'signed', groupNoteId: g.id, groupPart: { purpose: 'Social skills group: turn taking and joining peers.' } });
    // Locked: the service says 409, and the database refuses the change itself.
    expect((await t1.patch(`/api/v1/group-notes/${g.id}`, { version: signed.version, sections: { purpose: 'changed' } })).status).toBe(409);
    expect((await t1.post(`/api/v1/group-notes/${g.id}/sign`, { version: signed.version, confirmEmptySections: true })).status).toBe(409);
    await expect(p.database.db.execute(sql`update group_notes set sections = '{}'::jsonb where id = ${g.id}::uuid`)).rejects.toThrow();
    await expect(p.database.db.execute(sql`delete from group_notes where id = ${g.id}::uuid`)).rejects.toThrow();
    await expect(p.database.db.execute(sql`update notes set group_part = '{}'::jsonb where id = ${avaNote.id}::uuid`)).rejects.toThrow();
    expect((await t1.put(`/api/v1/sessions/${s.id}/participants/${noah.client.id}/attendance`, { attendance: 'absent', absenceReason: 'illness' })).status).toBe(409);
  });

  it('exports a member’s signed note with the group part it was signed with (FHIR DocumentReference)', async () => {
    const { t1, s, ava } = await groupSession();
    const g = await expectOk(t1.post(`/api/v1/sessions/${s.id}/group-note`, { id: id() }), 201);
    const edited = await expectOk(t1.patch(`/api/v1/group-notes/${g.id}`, { version: g.version, sections: { purpose: 'Social skills group: turn taking and joining peers.', process: 'Hello song, then a drum circle passing the lead.' } }));
    await expectOk(t1.post(`/api/v1/group-notes/${g.id}/sign`, { version: edited.version, confirmEmptySections: true }));
    const avaNote = edited.members.find((m: { clientId: string }) => m.clientId === ava.client.id).note;
    const bundle = await expectOk(t1.get(`/api/v1/export/fhir`));
    const doc = bundle.entry.map((e: { resource: { resourceType: string; id: string } }) => e.resource)
      .find((r: { resourceType: string; identifier?: { value: string }[]; content?: unknown }) => r.resourceType === 'DocumentReference' && JSON.stringify(r).includes(avaNote.id));
    expect(doc).toBeDefined();
    const text = Buffer.from(doc.content[0].attachment.data, 'base64').toString('utf8');
    expect(text).toContain('Group purpose\nSocial skills group: turn taking and joining peers.');
    expect(text).toContain('Process\nHello song, then a drum circle passing the lead.');
    expect(text).toContain('Membership and attendance\n');
    // The other member appears in Ava's copy as the practice decides (a count by default), never by name.
    expect(text).not.toContain('Noah');
  });

  it('asks for each member’s safety concern before signing anything', async () => {
    const { t1, s, noah } = await groupSession();
    const g = await expectOk(t1.post(`/api/v1/sessions/${s.id}/group-note`, { id: id() }), 201);
    const noahNote = g.members.find((m: { clientId: string }) => m.clientId === noah.client.id).note;
    await expectOk(t1.patch(`/api/v1/notes/${noahNote.id}`, { version: noahNote.version, sections: { subjective: 'Teacher reports he fell at recess.' } }));
    const asked = await t1.post(`/api/v1/group-notes/${g.id}/sign`, { version: g.version, confirmEmptySections: true });
    expect(asked.status).toBe(422);
    expect(asked.body.errors).toEqual([expect.objectContaining({ path: `body.safetyResponses.${noahNote.id}` })]);
    expect((await expectOk(t1.get(`/api/v1/group-notes/${g.id}`))).status).toBe('draft'); // nothing was signed
    const signed = await expectOk(t1.post(`/api/v1/group-notes/${g.id}/sign`, { version: g.version, confirmEmptySections: true, safetyResponses: { [noahNote.id]: 'team_notified' } }));
    expect(signed.status).toBe('signed');
  });

  it('refuses what is not a group note, and shows a member’s chart, not the group, to a clinician who sees one member', async () => {
    const { t1, s, ava } = await groupSession();
    const solo = await createSession(t1, [ava.client.id]);
    const notGroup = await t1.post(`/api/v1/sessions/${solo.id}/group-note`, { id: id() });
    expect(notGroup.status).toBe(422);
    expect(notGroup.body.errors[0].path).toBe('params.id');
    const bad = await t1.post(`/api/v1/sessions/${s.id}/group-note`, { id: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toContain('id');
    const g = await expectOk(t1.post(`/api/v1/sessions/${s.id}/group-note`, { id: id() }), 201);
    const badSign = await t1.post(`/api/v1/group-notes/${g.id}/sign`, { version: g.version, safetyResponses: { x: 'maybe' } });
    expect(badSign.status).toBe(400);
    // therapist2 joins Ava's care team only: Ava's note is hers to read, the whole group note is not.
    await expectOk(t1.post(`/api/v1/clients/${ava.client.id}/care-team`, { userId: p.users.therapist2.id }));
    const t2 = p.users.therapist2.api;
    expect((await t2.get(`/api/v1/group-notes/${g.id}`)).status).toBe(403);
    const avaNote = g.members.find((m: { clientId: string }) => m.clientId === ava.client.id).note;
    const seen = await expectOk(t2.get(`/api/v1/notes/${avaNote.id}`));
    expect(JSON.stringify(seen)).not.toMatch(/Noah|Eli/);
    expect((await p.users.intern.api.get(`/api/v1/group-notes/${g.id}`)).status).toBe(404);
  });

  it('names the other members by first name in a member’s copy once the practice chooses it, and by count again after', async () => {
    const settings = (v: string) => async () => {
      const { version } = await expectOk(p.admin.get('/api/v1/organization/settings'));
      return expectOk(p.admin.patch('/api/v1/organization/settings', { version, groupNoteOthers: v }));
    };
    expect((await settings('first_names')()).groupNoteOthers).toBe('first_names');
    try {
      const { t1, s } = await groupSession();
      const g = await expectOk(t1.post(`/api/v1/sessions/${s.id}/group-note`, { id: id() }), 201);
      const ava = g.members.find((m: { name: string }) => m.name === 'Ava').note;
      expect(ava.groupPart.membership).toBe('Ava: attended, 30 minutes.\nOther group members attended: Noah; did not attend: Eli.');
      expect(ava.groupPart.membership).not.toContain('illness');
    } finally {
      expect((await settings('count')()).groupNoteOthers).toBe('count');
    }
  });
});
