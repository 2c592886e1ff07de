/** Loads the shipped goal bank and intervention library into a new organization's own, editable bank. */
import { v7 as uuidv7 } from 'uuid';
import { loadContent } from '../../content/index.js';
import type { Db } from '../db/connection.js';
import { goalDomains, interventions } from '../db/schema.js';

export async function seedOrganizationLibrary(tx: Db, organizationId: string): Promise<void> {
  const content = loadContent();
  await tx.insert(goalDomains).values(
    content.goalDomains.map((d) => ({
      id: uuidv7(),
      organizationId,
      key: d.key,
      name: d.name,
      category: d.category,
      definition: d.definition,
      subSkills: d.subSkills,
      populations: d.populations,
      builtIn: true,
    })),
  );
  await tx.insert(interventions).values(
    content.interventions.map((i) => ({
      id: uuidv7(),
      organizationId,
      key: i.key,
      name: i.name,
      technique: i.technique,
      musicElements: i.musicElements,
      goalDomainKeys: i.goalDomains,
      populations: i.populations,
      materials: i.materials,
      procedure: i.procedure,
      adaptations: i.adaptations,
      precautions: i.precautions,
      references: i.references,
      builtIn: true,
    })),
  );
}
