/**
 * The shipped clinical content: goal bank, objective templates, intervention library
 * and assessment templates. `loadContent()` validates every item against the schemas
 * in src/domain/content.ts and checks the links between them (domain keys exist, keys
 * and names are unique); anything malformed throws an error naming the file and the
 * field path.
 */
import type { z } from 'zod';
import {
  assessmentTemplateSchema,
  goalDomainSchema,
  interventionSchema,
  objectiveTemplateSchema,
  type AssessmentTemplate,
  type GoalDomain,
  type Intervention,
  type ObjectiveTemplate,
} from '../domain/content.js';
import { assessmentScales } from './assessment-scales.js';
import { assessmentTemplates } from './assessment-templates.js';
import { goalDomains } from './goal-domains.js';
import { developmentalInterventions } from './interventions-developmental.js';
import { neurologicInterventions } from './interventions-neurologic.js';
import { nmtInterventions } from './interventions-nmt.js';
import { nicuHospiceDementiaInterventions } from './interventions-nicu-hospice-dementia.js';
import { psychosocialInterventions } from './interventions-psychosocial.js';
import { cognitiveMotorObjectiveTemplates } from './objective-templates-cognitive-motor.js';
import { medicalObjectiveTemplates } from './objective-templates-medical.js';
import { socialEmotionalObjectiveTemplates } from './objective-templates-social-emotional.js';

export interface Content {
  goalDomains: GoalDomain[];
  objectiveTemplates: ObjectiveTemplate[];
  interventions: Intervention[];
  assessmentTemplates: AssessmentTemplate[];
}

export type ContentKind = keyof Content;

/** One data file: where it lives, what kind of item it holds, and its raw items. */
export interface ContentFile {
  file: string;
  kind: ContentKind;
  items: readonly unknown[];
}

/** The shipped content files, in load order. */
export const CONTENT_FILES: readonly ContentFile[] = [
  { file: 'src/content/goal-domains.ts', kind: 'goalDomains', items: goalDomains },
  { file: 'src/content/objective-templates-social-emotional.ts', kind: 'objectiveTemplates', items: socialEmotionalObjectiveTemplates },
  { file: 'src/content/objective-templates-cognitive-motor.ts', kind: 'objectiveTemplates', items: cognitiveMotorObjectiveTemplates },
  { file: 'src/content/objective-templates-medical.ts', kind: 'objectiveTemplates', items: medicalObjectiveTemplates },
  { file: 'src/content/interventions-neurologic.ts', kind: 'interventions', items: neurologicInterventions },
  { file: 'src/content/interventions-nmt.ts', kind: 'interventions', items: nmtInterventions },
  { file: 'src/content/interventions-developmental.ts', kind: 'interventions', items: developmentalInterventions },
  { file: 'src/content/interventions-psychosocial.ts', kind: 'interventions', items: psychosocialInterventions },
  { file: 'src/content/interventions-nicu-hospice-dementia.ts', kind: 'interventions', items: nicuHospiceDementiaInterventions },
  { file: 'src/content/assessment-templates.ts', kind: 'assessmentTemplates', items: assessmentTemplates },
  { file: 'src/content/assessment-scales.ts', kind: 'assessmentTemplates', items: assessmentScales },
];

export interface ContentProblem {
  file: string;
  /** Field path from the file's array, e.g. `interventions[3].musicElements[0].element`. */
  path: string;
  message: string;
}

/** Thrown when content is malformed; the message names each file and field path. */
export class ContentValidationError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    const lines = problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}

const SCHEMAS = {
  goalDomains: goalDomainSchema,
  objectiveTemplates: objectiveTemplateSchema,
  interventions: interventionSchema,
  assessmentTemplates: assessmentTemplateSchema,
} satisfies Record<ContentKind, z.ZodType>;

function formatPath(kind: string, index: number, path: readonly PropertyKey[]): string {
  let out = `${kind}[${index}]`;
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
  return out;
}

interface Located<T> {
  item: T;
  file: string;
  index: number;
}

/**
 * Validate content files: each item against its schema, then the links between items.
 * Returns the parsed content or throws a ContentValidationError listing every problem.
 * Pure: it reads only what it is given.
 */
export function validateContent(files: readonly ContentFile[]): Content {
  const problems: ContentProblem[] = [];
  const parsed = {
    goalDomains: [] as Located<GoalDomain>[],
    objectiveTemplates: [] as Located<ObjectiveTemplate>[],
    interventions: [] as Located<Intervention>[],
    assessmentTemplates: [] as Located<AssessmentTemplate>[],
  };

  for (const { file, kind, items } of files) {
    items.forEach((raw, index) => {
      const result = SCHEMAS[kind].safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push({ file, path: formatPath(kind, index, issue.path), message: issue.message });
        return;
      }
      (parsed[kind] as Located<unknown>[]).push({ item: result.data, file, index });
    });
  }

  const add = (l: Located<unknown>, kind: ContentKind, path: PropertyKey[], message: string) =>
    problems.push({ file: l.file, path: formatPath(kind, l.index, path), message });

  // Keys and names are unique within each kind (objective templates have no name: their text must be unique).
  function unique<T>(kind: ContentKind, located: Located<T>[], field: string, value: (t: T) => string) {
    const seen = new Map<string, Located<T>>();
    for (const l of located) {
      const v = value(l.item);
      const first = seen.get(v);
      if (first) add(l, kind, [field], `${field} "${v}" is already used by ${formatPath(kind, first.index, [])} in ${first.file}`);
      else seen.set(v, l);
    }
  }
  unique('goalDomains', parsed.goalDomains, 'key', (d) => d.key);
  unique('goalDomains', parsed.goalDomains, 'name', (d) => d.name.toLowerCase());
  unique('objectiveTemplates', parsed.objectiveTemplates, 'key', (t) => t.key);
  unique('objectiveTemplates', parsed.objectiveTemplates, 'text', (t) => t.text.toLowerCase());
  unique('interventions', parsed.interventions, 'key', (i) => i.key);
  unique('interventions', parsed.interventions, 'name', (i) => i.name.toLowerCase());
  unique('assessmentTemplates', parsed.assessmentTemplates, 'key', (a) => a.key);
  unique('assessmentTemplates', parsed.assessmentTemplates, 'name', (a) => a.name.toLowerCase());

  // Every reference to a goal domain names one that exists. A domain that failed its own
  // schema still counts as existing when it has a key, so one broken domain is reported once,
  // not again at every objective and intervention that uses it.
  const domainKeys = new Set(parsed.goalDomains.map((d) => d.item.key));
  for (const { kind, items } of files) {
    if (kind !== 'goalDomains') continue;
    for (const raw of items) {
      const key = (raw as { key?: unknown } | null)?.key;
      if (typeof key === 'string') domainKeys.add(key);
    }
  }
  for (const l of parsed.objectiveTemplates) {
    if (!domainKeys.has(l.item.domainKey))
      add(l, 'objectiveTemplates', ['domainKey'], `no goal domain has the key "${l.item.domainKey}"`);
  }
  for (const l of parsed.interventions) {
    l.item.goalDomains.forEach((key, i) => {
      if (!domainKeys.has(key)) add(l, 'interventions', ['goalDomains', i], `no goal domain has the key "${key}"`);
    });
  }
  for (const l of parsed.assessmentTemplates) {
    l.item.sections.forEach((section, si) =>
      section.items.forEach((item, ii) => {
        if (item.domainKey !== undefined && !domainKeys.has(item.domainKey))
          add(l, 'assessmentTemplates', ['sections', si, 'items', ii, 'domainKey'], `no goal domain has the key "${item.domainKey}"`);
      }),
    );
  }

  if (problems.length > 0) throw new ContentValidationError(problems);
  return {
    goalDomains: parsed.goalDomains.map((l) => l.item),
    objectiveTemplates: parsed.objectiveTemplates.map((l) => l.item),
    interventions: parsed.interventions.map((l) => l.item),
    assessmentTemplates: parsed.assessmentTemplates.map((l) => l.item),
  };
}

/** The shipped content, validated. Throws a ContentValidationError if anything is malformed. */
export function loadContent(): Content {
  return validateContent(CONTENT_FILES);
}
