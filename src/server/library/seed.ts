/** Loads the shipped goal bank and intervention library into a new organization's own, editable bank. */
import { v7 as uuidv7 } from 'uuid';
import { loadContent } from '../../content/index.js';
import type { Db } from '../db/connection.js';
import { goalDomains, interventions } from '../db/schema.js';

/** `newId` names each entry (by its kind and key); a generated practice passes a seeded one so the same practice gets the same ids. */
export async function seedOrganizationLibrary(tx: Db, organizationId: string, newId: (key: string) => string = () => uuidv7()): Promise<void> {
  const content = loadContent();
  await tx.insert(goalDomains).values(
    content.goalDomains.map((d) => ({
      id: newId(`goal_domain/${d.key}`),
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
      id: newId(`intervention/${i.key}`),
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
